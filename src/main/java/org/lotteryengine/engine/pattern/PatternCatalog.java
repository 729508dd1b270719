package org.lotteryengine.engine.pattern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.format.InvalidFormatException;
import org.lotteryengine.engine.format.LotteryFormat;

/**
 * Every feasible pattern of a format with the exact size of its class.
 * <p>
 * A pattern is a multiset of decades: it takes a<sub>d</sub> numbers from decade d (the numbers of the game whose tens
 * digit is d), with a<sub>d</sub> &le; c<sub>d</sub>, the decade's size, and the a<sub>d</sub> adding up to k. Its
 * class holds the product of C(c<sub>d</sub>, a<sub>d</sub>) combinations. In 5/35 the decades hold 9, 10, 10 and 6
 * numbers, which gives 56 patterns; {@code 01123} holds 9 &middot; C(10, 2) &middot; 10 &middot; 6 = 24,300 of the
 * 324,632 combinations.
 */
public final class PatternCatalog {

    private final LotteryFormat format;
    private final int firstDecade;
    private final int[][] decadeRanges;
    private final List<PatternClass> classes;
    private final Map<String, PatternClass> byPattern;

    private PatternCatalog(LotteryFormat format) {
        this.format = format;
        this.firstDecade = format.numberMin() / 10;
        int lastDecade = format.numberMax() / 10;
        this.decadeRanges = new int[lastDecade - firstDecade + 1][];
        for (int d = firstDecade; d <= lastDecade; d++) {
            decadeRanges[d - firstDecade] = new int[] { Math.max(format.numberMin(), 10 * d),
                    Math.min(format.numberMax(), 10 * d + 9) };
        }
        List<PatternClass> found = new ArrayList<>();
        collect(0, format.drawSize(), new StringBuilder(), 1, found);
        found.sort(Comparator.comparingLong(PatternClass::size)
                .reversed()
                .thenComparing(PatternClass::pattern));
        this.classes = Collections.unmodifiableList(found);
        this.byPattern = new HashMap<>();
        for (PatternClass patternClass : found) {
            byPattern.put(patternClass.pattern(), patternClass);
        }
    }

    /** The catalogue of a format. */
    public static PatternCatalog of(LotteryFormat format) {
        return new PatternCatalog(format);
    }

    private void collect(int decadeIndex, int remaining, StringBuilder pattern, long size, List<PatternClass> out) {
        if (remaining == 0) {
            out.add(new PatternClass(pattern.toString(), size, (double) size / format.totalDraws()));
            return;
        }
        if (decadeIndex == decadeRanges.length) {
            return;
        }
        int available = decadeRanges[decadeIndex][1] - decadeRanges[decadeIndex][0] + 1;
        char digit = Character.forDigit(firstDecade + decadeIndex, 10);
        int length = pattern.length();
        for (int take = Math.min(available, remaining); take >= 0; take--) {
            pattern.setLength(length);
            for (int i = 0; i < take; i++) {
                pattern.append(digit);
            }
            collect(decadeIndex + 1, remaining - take, pattern, size * Binomial.of(available, take), out);
        }
        pattern.setLength(length);
    }

    public LotteryFormat format() {
        return format;
    }

    /**
     * How many pattern strings k numbers of {@code numberMin..numberMax} can have, for pools a {@link LotteryFormat}
     * cannot hold (a bonus game's main numbers go up to 99).
     */
    public static int countOf(int numberMin, int numberMax, int drawSize) {
        return sizesOf(numberMin, numberMax, drawSize).size();
    }

    /**
     * Every pattern string k numbers of {@code numberMin..numberMax} can have, in ascending order, with its class
     * size: the product over its digits of C(numbers of that decade, times the digit appears). They add up to C(n, k).
     */
    public static Map<String, Long> sizesOf(int numberMin, int numberMax, int drawSize) {
        Map<String, Long> sizes = new TreeMap<>();
        collectSizes(numberMin / 10, numberMin, numberMax, drawSize, new StringBuilder(), 1, sizes);
        return sizes;
    }

    private static void collectSizes(int decade, int numberMin, int numberMax, int remaining, StringBuilder pattern,
            long size, Map<String, Long> out) {
        if (remaining == 0) {
            out.put(pattern.toString(), size);
            return;
        }
        if (decade > numberMax / 10) {
            return;
        }
        int available = Math.min(numberMax, decade * 10 + 9) - Math.max(numberMin, decade * 10) + 1;
        int length = pattern.length();
        for (int take = 0; take <= Math.min(available, remaining); take++) {
            pattern.setLength(length);
            for (int i = 0; i < take; i++) {
                pattern.append(Character.forDigit(decade, 10));
            }
            collectSizes(decade + 1, numberMin, numberMax, remaining - take, pattern, size * Binomial.of(available,
                    take), out);
        }
        pattern.setLength(length);
    }

    /** Every feasible pattern, largest class first (ties by pattern). */
    public List<PatternClass> classes() {
        return classes;
    }

    /** How many patterns are feasible. */
    public int count() {
        return classes.size();
    }

    /** The class of a pattern, if the pattern is feasible in this format. */
    public Optional<PatternClass> find(String pattern) {
        return Optional.ofNullable(byPattern.get(pattern));
    }

    /**
     * For each position of a pattern, the smallest and largest number of its decade: what a generator may draw from
     * to give a ticket that pattern.
     *
     * @throws InvalidFormatException when the pattern is not feasible in this format
     */
    public int[][] decadeRanges(String pattern) {
        if (!byPattern.containsKey(pattern)) {
            throw new InvalidFormatException("pattern '%s' is not feasible in %s".formatted(pattern, format));
        }
        int[][] ranges = new int[pattern.length()][];
        for (int i = 0; i < pattern.length(); i++) {
            ranges[i] = decadeRanges[Character.digit(pattern.charAt(i), 10) - firstDecade].clone();
        }
        return ranges;
    }
}
