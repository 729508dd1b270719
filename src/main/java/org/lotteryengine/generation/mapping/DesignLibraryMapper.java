package org.lotteryengine.generation.mapping;

import java.util.List;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.DesignKey;
import org.lotteryengine.generation.repository.DesignLibraryRepository;
import org.lotteryengine.generation.rest.dto.DesignLibraryEntryResponse;
import org.lotteryengine.generation.rest.dto.WarmedDesignResponse;
import org.lotteryengine.generation.service.DesignImprover;
import org.lotteryengine.platform.codes.Codes;

/**
 * The design library's entries and warm-ups as the admin API shows them.
 */
public final class DesignLibraryMapper {

    private DesignLibraryMapper() {
    }

    public static List<DesignLibraryEntryResponse> toResponses(List<DesignLibraryRepository.Summary> summaries) {
        return summaries.stream()
                .map(DesignLibraryMapper::toResponse)
                .toList();
    }

    static DesignLibraryEntryResponse toResponse(DesignLibraryRepository.Summary summary) {
        DesignKey key = summary.key()
                .key();
        return new DesignLibraryEntryResponse(summary.key()
                .id(), key.game(), key.gameDigest(), LotteryFormat.tierName(key.targetTier()), Codes.of(key.strategy()),
                key.tickets(), key.coldPatterns(), key.patternDigest(), key.algorithm(), summary.key()
                        .lotteryId(),
                summary.revision(), summary.objective(), summary.searchAttempts(), summary.searchMs(), summary
                        .totalSearchMs(),
                summary.foundAt(), summary.requests(), summary.claimedBy(), summary.claimedUntil());
    }

    public static WarmedDesignResponse toResponse(DesignImprover.Warmed warmed) {
        return new WarmedDesignResponse(warmed.keyId(), warmed.stored(), warmed.revision()
                .orElse(null), warmed.objective(),
                Codes.of(warmed.result()
                        .status()),
                Codes.ofNullable(warmed.result()
                        .stoppingReason()),
                warmed.result()
                        .attempts(),
                warmed.result()
                        .timeElapsedMs());
    }
}
