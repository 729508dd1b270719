package org.lotteryengine.lotteries.service;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;

import com.ibm.icu.text.SpoofChecker;

/**
 * The display names of games, which every client sees in lists and the web UI: a new name must not pass for an
 * existing one.
 * <ul>
 * <li>It is normalised to NFKC and trimmed, with runs of white space made one space: {@code "5/35 "} and the
 * full-width {@code "５/３５"} become {@code "5/35"}.</li>
 * <li>Bidirectional controls and other invisible format characters are refused: they can make a name display as
 * another.</li>
 * <li>Two names are confusable when their UTS #39 skeletons are equal (ICU's {@link SpoofChecker}, from Unicode's
 * confusables data), ignoring case: {@code "5∕35"} with a division slash is confusable with {@code "5/35"}.</li>
 * </ul>
 */
final class GameNames {

    private final SpoofChecker spoofChecker = new SpoofChecker.Builder().build();

    /**
     * The name as stored.
     *
     * @throws InvalidRequestException when it holds an invisible format or control character, or nothing is left
     */
    String normalised(String name) {
        String normalised = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .strip()
                .replaceAll("\\s+", " ");
        for (int i = 0; i < normalised.length();) {
            int codePoint = normalised.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.FORMAT || type == Character.CONTROL || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED || type == Character.SURROGATE) {
                throw new InvalidRequestException(ErrorCode.INVALID_REQUEST,
                        "name must not contain invisible, control or bidirectional characters (U+%04X)".formatted(
                                codePoint),
                        Map.of("field", "name", "character", "U+%04X".formatted(codePoint)));
            }
            i += Character.charCount(codePoint);
        }
        if (normalised.isEmpty()) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, "name must not be blank", Map.of("field",
                    "name"));
        }
        return normalised;
    }

    /** The existing name the given one could be mistaken for, if any. */
    Optional<String> confusableWith(String normalisedName, Collection<String> existingNames) {
        String skeleton = skeleton(normalisedName);
        return existingNames.stream()
                .filter(existing -> skeleton(existing).equals(skeleton))
                .findFirst();
    }

    private String skeleton(String name) {
        return spoofChecker.getSkeleton(name.toLowerCase(Locale.ROOT));
    }
}
