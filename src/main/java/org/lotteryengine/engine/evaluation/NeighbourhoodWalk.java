package org.lotteryengine.engine.evaluation;

import java.util.Arrays;

import org.lotteryengine.engine.combinatorics.Binomial;

/**
 * Enumerates, by colex rank, the draws that share exactly m numbers with a ticket, with one table read and two
 * additions per draw instead of a k-step rank computation.
 * <p>
 * A draw sharing m numbers with the ticket is S &cup; R: S, m of the ticket's positions x<sub>0</sub> &lt; ... &lt;
 * x<sub>m-1</sub>, and R, r = k - m positions y<sub>0</sub> &lt; ... &lt; y<sub>r-1</sub> outside it. Its colex rank
 * &Sigma; C(d<sub>i</sub>, i + 1) splits into two parts once S is fixed. Let g(y), the region of y, count the elements
 * of S below y. Then y<sub>j</sub> sits at index j + g(y<sub>j</sub>) of the draw and adds C(y<sub>j</sub>, j + 1 +
 * g(y<sub>j</sub>)), a number that depends on y<sub>j</sub> alone (table {@code outsideTerm}); and x<sub>i</sub> sits
 * at index i + #{j : g(y<sub>j</sub>) &le; i} and adds a number that depends only on the regions of R's elements
 * (table {@code insideTerm}, indexed by the regions in base m + 1). Enumerating R in increasing order carries both
 * sums along, so the innermost loop adds one table entry per draw.
 */
public final class NeighbourhoodWalk {

    /** Low bits of a packed per-draw table entry that hold the best match (0..10); the rest hold payout units. */
    static final int BEST_BITS = 4;
    static final int BEST_MASK = (1 << BEST_BITS) - 1;

    private final int k;
    private final int[] complement;
    private final int[] ticket;
    private final long[][] binomial;
    private final int[] region;
    private final long[][] outsideTerm;
    private final long[] insideTerm;
    private final int[] inside;
    private final int[] regions;
    private int matches;
    private int[] ranks;
    private int count;
    private int[] table;
    private int tableAdd;
    private char[] counts;
    private char countAdd;
    private long required;
    private int complementSize;

    /**
     * @param poolSize n
     * @param k numbers per draw
     * @param lowest the lowest match count that will be walked
     */
    public NeighbourhoodWalk(int poolSize, int k, int lowest) {
        this.k = k;
        this.complement = new int[poolSize - k];
        this.ticket = new int[k];
        this.binomial = new long[poolSize][k + 2];
        for (int position = 0; position < poolSize; position++) {
            for (int index = 0; index <= k + 1; index++) {
                binomial[position][index] = Binomial.of(position, index);
            }
        }
        this.region = new int[poolSize - k];
        this.outsideTerm = new long[k][poolSize - k];
        int codes = 1;
        for (int m = lowest; m <= k; m++) {
            codes = Math.max(codes, pow(m + 1, k - m));
        }
        this.insideTerm = new long[codes];
        this.regions = new int[k];
        this.inside = new int[k];
    }

    private static int pow(int base, int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    /**
     * Writes into {@code ranks} the rank of every draw sharing exactly {@code matches} numbers with the ticket, once
     * each, and returns how many. Batching the ranks keeps the innermost loop free of calls.
     *
     * @param ranks room for C(k, m) &middot; C(n - k, k - m) ranks
     */
    public int walk(long ticketMask, long poolMask, int matches, int[] ranks) {
        return walk(ticketMask, poolMask, matches, 0, ranks);
    }

    /**
     * As {@link #walk(long, long, int, int[])}, keeping only draws whose shared numbers include every number of
     * {@code requiredMask} (a subset of the ticket). With the ticket C &cup; {x}, the pool without y and x required,
     * this lists the draws a ticket loses at tier m when it trades x for y.
     */
    public int walk(long ticketMask, long poolMask, int matches, long requiredMask, int[] ranks) {
        this.ranks = ranks;
        this.table = null;
        this.counts = null;
        this.required = requiredMask;
        return walkSubsets(ticketMask, poolMask, matches);
    }

    /**
     * Adds {@code add} to {@code table[rank]} of every draw sharing exactly {@code matches} numbers with the ticket,
     * and raises the low 4 bits of the entry (the best match so far) to {@code matches}: the packed per-draw table of
     * {@link TicketSetEvaluator}, updated without going through a buffer of ranks.
     */
    void walkInto(long ticketMask, long poolMask, int matches, int[] table, int add) {
        this.table = table;
        this.counts = null;
        this.required = 0;
        this.tableAdd = add;
        walkSubsets(ticketMask, poolMask, matches);
    }

    /**
     * Adds {@code add} to {@code counts[rank]} of every draw sharing exactly {@code matches} numbers with the ticket: a
     * count of tickets per draw in 2 bytes, small enough for the table of a 5/35 game to stay in a core's cache.
     */
    void walkCount(long ticketMask, long poolMask, int matches, char[] counts, char add) {
        this.table = null;
        this.counts = counts;
        this.required = 0;
        this.countAdd = add;
        walkSubsets(ticketMask, poolMask, matches);
    }

    private int walkSubsets(long ticketMask, long poolMask, int matches) {
        this.matches = matches;
        this.count = 0;
        positions(ticketMask, ticket);
        // The pool may leave out numbers (see the walk with required numbers): the outside can be smaller than n - k.
        complementSize = Long.bitCount(poolMask & ~ticketMask);
        positions(poolMask & ~ticketMask, complement);
        // Every m-subset S of the ticket's positions, as an index combination.
        int[] pick = new int[matches];
        for (int i = 0; i < matches; i++) {
            pick[i] = i;
        }
        while (true) {
            long subset = 0;
            for (int i = 0; i < matches; i++) {
                inside[i] = ticket[pick[i]];
                subset |= 1L << inside[i];
            }
            if ((subset & required) == required) {
                walkOutside();
            }
            int i = matches - 1;
            while (i >= 0 && pick[i] == k - matches + i) {
                i--;
            }
            if (i < 0) {
                return count;
            }
            pick[i]++;
            for (int j = i + 1; j < matches; j++) {
                pick[j] = pick[j - 1] + 1;
            }
        }
    }

    /** With S fixed in {@code inside[0..m)}, visits S &cup; R for every R of size k - m outside the ticket. */
    private void walkOutside() {
        int m = matches;
        int r = k - m;
        int below = 0;
        for (int q = 0; q < complementSize; q++) {
            while (below < m && inside[below] < complement[q]) {
                below++;
            }
            region[q] = below;
            for (int j = 0; j < r; j++) {
                outsideTerm[j][q] = binomial[complement[q]][j + 1 + below];
            }
        }
        fillInsideTerms(m, r);
        if (r == 0) {
            emit((int) insideTerm[0]);
        } else if (r == 1) {
            last(0, 0, 0, 0, m + 1);
        } else {
            enumerate(0, 0, 0, 0, r, m + 1);
        }
    }

    /**
     * insideTerm[code] for every code of r regions (base m + 1, first region most significant). The regions are
     * counted like an odometer rather than decoded from each code, which would take divisions.
     */
    private void fillInsideTerms(int m, int r) {
        int codes = pow(m + 1, r);
        Arrays.fill(regions, 0, r, 0);
        for (int code = 0; code < codes; code++) {
            long sum = 0;
            for (int i = 0; i < m; i++) {
                int outsideBelow = 0;
                for (int j = 0; j < r; j++) {
                    if (regions[j] <= i) {
                        outsideBelow++;
                    }
                }
                sum += binomial[inside[i]][i + 1 + outsideBelow];
            }
            insideTerm[code] = sum;
            for (int j = r - 1; j >= 0; j--) {
                if (++regions[j] <= m) {
                    break;
                }
                regions[j] = 0;
            }
        }
    }

    /** Chooses y<sub>j</sub> for j &lt; r - 2 recursively, then the last two in plain loops (r &ge; 2). */
    private void enumerate(int j, int from, long partial, int code, int r, int base) {
        long[] terms = outsideTerm[j];
        int end = complementSize - (r - j);
        if (j == r - 2) {
            for (int q = from; q <= end; q++) {
                last(j + 1, q + 1, partial + terms[q], code * base + region[q], base);
            }
            return;
        }
        for (int q = from; q <= end; q++) {
            enumerate(j + 1, q + 1, partial + terms[q], code * base + region[q], r, base);
        }
    }

    /**
     * Chooses the last element y<sub>j</sub>: one draw per position. Each destination has its own loop, in its own
     * method, so that the JIT compiles each hot loop on its own profile.
     */
    private void last(int j, int from, long partial, int code, int base) {
        long[] terms = outsideTerm[j];
        int codeBase = code * base;
        if (counts != null) {
            lastIntoCounts(terms, from, partial, codeBase);
        } else if (table != null) {
            lastIntoTable(terms, from, partial, codeBase);
        } else {
            lastIntoRanks(terms, from, partial, codeBase);
        }
    }

    private void lastIntoCounts(long[] terms, int from, long partial, int codeBase) {
        char[] target = counts;
        char add = countAdd;
        int[] regions = region;
        long[] inside = insideTerm;
        for (int q = from; q < complementSize; q++) {
            target[(int) (partial + terms[q] + inside[codeBase + regions[q]])] += add;
        }
    }

    private void lastIntoTable(long[] terms, int from, long partial, int codeBase) {
        for (int q = from; q < complementSize; q++) {
            update((int) (partial + terms[q] + insideTerm[codeBase + region[q]]));
        }
    }

    private void lastIntoRanks(long[] terms, int from, long partial, int codeBase) {
        int[] out = ranks;
        int written = count;
        for (int q = from; q < complementSize; q++) {
            out[written++] = (int) (partial + terms[q] + insideTerm[codeBase + region[q]]);
        }
        count = written;
    }

    private void emit(int rank) {
        if (counts != null) {
            counts[rank] += countAdd;
        } else if (table != null) {
            update(rank);
        } else {
            ranks[count++] = rank;
        }
    }

    private void update(int rank) {
        int value = table[rank] + tableAdd;
        if ((value & BEST_MASK) < matches) {
            value = (value & ~BEST_MASK) | matches;
        }
        table[rank] = value;
    }

    private static void positions(long mask, int[] out) {
        long rest = mask;
        for (int i = 0; rest != 0; i++) {
            out[i] = Long.numberOfTrailingZeros(rest);
            rest &= rest - 1;
        }
    }
}
