package org.lotteryengine.draws.mapping;

import java.util.Arrays;

import org.lotteryengine.draws.repository.entity.DrawEntity;
import org.lotteryengine.draws.rest.dto.DrawImportResponse;
import org.lotteryengine.draws.rest.dto.DrawPageResponse;
import org.lotteryengine.draws.service.DrawImport;
import org.lotteryengine.draws.service.DrawPage;

/** Draw imports and pages as the API shows them. */
public final class DrawMapper {

    private DrawMapper() {
    }

    public static DrawImportResponse toResponse(DrawImport done) {
        return new DrawImportResponse(done.lotteryId(), done.lotteryType(), done.format(), done.strict(), done
                .rowsRead(), done.stored(), done.alreadyStored(),
                done.rejected()
                        .stream()
                        .map(row -> new DrawImportResponse.RejectedRow(row.line(), row.reason()))
                        .toList(),
                done.totalDraws());
    }

    public static DrawPageResponse toResponse(DrawPage page) {
        return new DrawPageResponse(page.lotteryId(), page.lotteryType(), page.totalDraws(), page.page(), page.size(),
                page.draws()
                        .stream()
                        .map(DrawMapper::toDraw)
                        .toList());
    }

    private static DrawPageResponse.Draw toDraw(DrawEntity entity) {
        return new DrawPageResponse.Draw(entity.id, entity.drawDate, entity.drawNumber, Arrays.stream(entity.numbers)
                .boxed()
                .toList(),
                entity.bonusNumbers == null ? null
                        : Arrays.stream(entity.bonusNumbers)
                                .boxed()
                                .toList());
    }
}
