package org.lotteryengine.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * README.md as its examples are checked: its sections, fenced blocks and the figures it shows, compared with live
 * answers.
 */
public final class Readme {

    /** Decimals as written: the README shows some figures to 34 digits. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Figures that differ from run to run, or name one run's rows. */
    private static final Set<String> VARYING = Set.of("timeElapsed", "timestamp", "sessionId", "id", "cutoff",
            "durationMs", "totalTime", "estimatedTimeRemaining");
    private static final Pattern SCALAR = Pattern.compile(
            "\"(\\w+)\":(-?[0-9][0-9.eE+-]*|\"[^\"…]*\"|true|false|null)(?=[,}\\]\\s])");
    private static final Pattern ARRAY = Pattern.compile("\"(\\w+)\":(\\[(?:[0-9,]*|(?:\"[^\"…]*\",?)*)\\])");

    private Readme() {
    }

    public static String text() {
        try {
            return Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From the heading's line to the next heading of any level. */
    public static String section(String heading) {
        String readme = text();
        int start = readme.indexOf("\n" + heading + "\n");
        assertThat(start).as(heading)
                .isNotNegative();
        Matcher next = Pattern.compile("\n#{2,3} ")
                .matcher(readme);
        int end = next.find(start + heading.length() + 2) ? next.start() : readme.length();
        return readme.substring(start, end);
    }

    /** The fenced blocks of these languages in the text, in order. */
    public static List<String> blocks(String text, String... languages) {
        List<String> blocks = new ArrayList<>();
        Matcher fence = Pattern.compile("```(\\w*)\n(.*?)```", Pattern.DOTALL)
                .matcher(text);
        while (fence.find()) {
            if (List.of(languages)
                    .contains(fence.group(1))) {
                blocks.add(fence.group(2));
            }
        }
        return blocks;
    }

    /** The first fenced block of this language in the text. */
    public static String block(String text, String language) {
        List<String> blocks = blocks(text, language);
        assertThat(blocks).as("a %s block", language)
                .isNotEmpty();
        return blocks.get(0);
    }

    public static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        assertThat(start).as("'%s' in the README", open)
                .isNotNegative();
        int end = text.indexOf(close, start + open.length());
        return text.substring(start + open.length(), end);
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every "key":value the README shows (a number, string, boolean, null or array of numbers or strings; not an
     * elided one, nor one that varies from run to run) is a value the live answer has under that key somewhere. A
     * number the README writes with fewer decimals is the live number rounded to them: 3.0804e-6 for
     * 3.0804110500505185E-6.
     *
     * @return how many figures were compared
     */
    public static int assertShownFiguresMatch(String shown, JsonNode live) {
        int checked = 0;
        Matcher pair = SCALAR.matcher(shown);
        while (pair.find()) {
            String key = pair.group(1);
            String value = pair.group(2);
            if (VARYING.contains(key)) {
                continue;
            }
            List<JsonNode> values = live.findValues(key);
            boolean number = value.matches("-?[0-9].*");
            assertThat(values.stream()
                    .anyMatch(node -> number ? roundsTo(node, new BigDecimal(value))
                            : node.toString()
                                    .equals(value)))
                    .as("README's \"%s\":%s among the live %s", key, value, values)
                    .isTrue();
            checked++;
        }
        Matcher array = ARRAY.matcher(shown);
        while (array.find()) {
            String key = array.group(1);
            JsonNode value = json(array.group(2));
            assertThat(live.findValues(key)).as("README's \"%s\":%s", key, value)
                    .contains(value);
            checked++;
        }
        return checked;
    }

    private static boolean roundsTo(JsonNode node, BigDecimal shown) {
        if (!node.isNumber()) {
            return false;
        }
        BigDecimal live = node.decimalValue();
        int scale = Math.max(shown.scale(), 0);
        return live.setScale(scale, RoundingMode.HALF_UP)
                .compareTo(shown) == 0
                || live.setScale(scale, RoundingMode.HALF_EVEN)
                        .compareTo(shown) == 0;
    }
}
