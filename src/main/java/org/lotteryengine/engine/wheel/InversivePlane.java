package org.lotteryengine.engine.wheel;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The inversive plane of order q, a Steiner system S(3, q + 1, q&sup2; + 1): the points are the projective line over
 * GF(q&sup2;) (the field's elements and infinity), the blocks (circles) are the images of the subline over GF(q) under
 * every Möbius map z &rarr; (az + b) / (cz + d). Every 3 points lie on exactly one circle, so its q(q&sup2; + 1) blocks
 * are a covering C(q&sup2; + 1, q + 1, 3) of the smallest possible size (Dembowski, Finite Geometries, 1968, 6.1). For
 * tickets of 5 numbers it is the 68-ticket C(17, 5, 3) that the split and extension constructions of
 * {@link CoveringConstructions} build the larger wheels from.
 * <p>
 * Built from the definition, not from a table: the field is found by searching a primitive polynomial, and every
 * normalised Möbius map is applied to the subline.
 */
final class InversivePlane {

    /** Points are bits of one long. */
    private static final int MAX_POINTS = 63;

    private InversivePlane() {
    }

    /**
     * The blocks of the inversive plane with blocks of {@code blockSize} points on q&sup2; + 1 points (q = blockSize -
     * 1), as masks over points 0..q&sup2; (q&sup2; is infinity), or empty when q is not a prime power or the plane
     * has more than {@value #MAX_POINTS} points.
     */
    static Optional<long[]> withBlockSize(int blockSize) {
        int q = blockSize - 1;
        if (q < 2 || (long) q * q + 1 > MAX_POINTS || primeOf(q) == 0) {
            return Optional.empty();
        }
        return Optional.of(blocks(q));
    }

    /** The number of points of the plane with blocks of this size: q&sup2; + 1. */
    static int points(int blockSize) {
        int q = blockSize - 1;
        return q * q + 1;
    }

    private static long[] blocks(int q) {
        FiniteField field = FiniteField.of(primeOf(q), 2 * exponentOf(q));
        int size = field.size();
        int infinity = size;
        int[] subline = new int[q + 1];
        // GF(q) inside GF(q^2): 0 and the powers of g^(q+1), with g a generator.
        subline[0] = 0;
        for (int i = 0; i < q - 1; i++) {
            subline[i + 1] = field.power(i * (q + 1));
        }
        subline[q] = infinity;
        Set<Long> circles = new LinkedHashSet<>();
        // Normalised maps: c = 1 (any a, b, d with ad - b != 0) or c = 0, d = 1 (a != 0).
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                for (int d = 0; d < size; d++) {
                    if (field.subtract(field.multiply(a, d), b) != 0) {
                        circles.add(image(field, subline, a, b, 1, d));
                    }
                }
                if (a != 0) {
                    circles.add(image(field, subline, a, b, 0, 1));
                }
            }
        }
        return circles.stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    private static long image(FiniteField field, int[] points, int a, int b, int c, int d) {
        int infinity = field.size();
        long mask = 0;
        for (int z : points) {
            int image;
            if (z == infinity) {
                image = c == 0 ? infinity : field.divide(a, c);
            } else {
                int denominator = field.add(field.multiply(c, z), d);
                image = denominator == 0 ? infinity
                        : field.divide(field.add(field.multiply(a, z), b), denominator);
            }
            mask |= 1L << image;
        }
        return mask;
    }

    /** p when q = p^e for a prime p, else 0. */
    static int primeOf(int q) {
        for (int p = 2; p <= q; p++) {
            if (q % p == 0) {
                int rest = q;
                while (rest % p == 0) {
                    rest /= p;
                }
                return rest == 1 ? p : 0;
            }
        }
        return 0;
    }

    private static int exponentOf(int q) {
        int p = primeOf(q);
        int e = 0;
        for (int rest = q; rest > 1; rest /= p) {
            e++;
        }
        return e;
    }

    /**
     * GF(p^m), elements as integers whose base-p digits are the coefficients of a polynomial, multiplied through
     * logarithm tables of a generator: the root of a primitive polynomial found by trying each monic one.
     */
    static final class FiniteField {

        private final int p;
        private final int size;
        private final int[] log;
        private final int[] exp;

        private FiniteField(int p, int size, int[] log, int[] exp) {
            this.p = p;
            this.size = size;
            this.log = log;
            this.exp = exp;
        }

        static FiniteField of(int p, int m) {
            int size = (int) Math.pow(p, m);
            // The monic polynomial x^m + sum c_i x^i, its lower coefficients as the digits of `low`.
            for (int low = 1; low < size; low++) {
                int[] exp = new int[size - 1];
                int[] log = new int[size];
                java.util.Arrays.fill(log, -1);
                int element = 1;
                boolean primitive = true;
                for (int i = 0; i < size - 1; i++) {
                    if (log[element] >= 0) {
                        primitive = false;
                        break;
                    }
                    exp[i] = element;
                    log[element] = i;
                    element = timesX(element, low, p, m);
                }
                if (primitive && element == 1) {
                    return new FiniteField(p, size, log, exp);
                }
            }
            throw new IllegalStateException("no primitive polynomial of degree %d over GF(%d)".formatted(m, p));
        }

        /** The element times x, reduced by x^m = -(the lower coefficients). */
        private static int timesX(int element, int low, int p, int m) {
            int[] digits = digits(element, p, m + 1);
            System.arraycopy(digits, 0, digits, 1, m);
            digits[0] = 0;
            int top = digits[m];
            digits[m] = 0;
            int[] reduction = digits(low, p, m);
            for (int i = 0; i < m; i++) {
                digits[i] = Math.floorMod(digits[i] - top * reduction[i], p);
            }
            return number(digits, p, m);
        }

        private static int[] digits(int value, int p, int count) {
            int[] digits = new int[count];
            for (int i = 0; i < count && value > 0; i++) {
                digits[i] = value % p;
                value /= p;
            }
            return digits;
        }

        private static int number(int[] digits, int p, int count) {
            int value = 0;
            for (int i = count - 1; i >= 0; i--) {
                value = value * p + digits[i];
            }
            return value;
        }

        int size() {
            return size;
        }

        /** g^i for the generator g. */
        int power(int i) {
            return exp[Math.floorMod(i, size - 1)];
        }

        int add(int a, int b) {
            int sum = 0;
            int place = 1;
            for (; a > 0 || b > 0; a /= p, b /= p, place *= p) {
                sum += ((a % p + b % p) % p) * place;
            }
            return sum;
        }

        int subtract(int a, int b) {
            return add(a, negate(b));
        }

        private int negate(int a) {
            int negated = 0;
            int place = 1;
            for (; a > 0; a /= p, place *= p) {
                negated += ((p - a % p) % p) * place;
            }
            return negated;
        }

        int multiply(int a, int b) {
            return a == 0 || b == 0 ? 0 : exp[(log[a] + log[b]) % (size - 1)];
        }

        int divide(int a, int b) {
            if (b == 0) {
                throw new ArithmeticException("division by zero in GF(%d)".formatted(size));
            }
            return a == 0 ? 0 : exp[Math.floorMod(log[a] - log[b], size - 1)];
        }
    }
}
