package org.epochlab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vectorized kernel of {@link MatrixKernels} (loaded only when the JVM has
 * {@code jdk.incubator.vector}): a block of 8 rows × 2 vectors of C lives in registers while p runs;
 * per p it loads two vectors of B's row p, broadcasts eight values of A and issues sixteen vector
 * fused multiply-adds (sixteen independent chains hide the fma latency; 8 × 2 measured fastest of
 * 4 × 2, 6 × 2, 4 × 3, 3 × 4 and 8 × 2 on the bench shapes). Leftover rows take 4 × 2 blocks.
 * Columns left over after the last whole vector go to the scalar blocks of {@link ScalarKernels},
 * which compute them in the same order.
 */
final class VectorKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorKernels() {
    }

    /** Depth of one pass over B: a block of B's rows that stays in the level-2 cache (256 × 256 doubles). */
    private static final int DEPTH = 256;

    /** Doubles per vector. */
    static int lanes() {
        return LANES;
    }

    static void multiplyRows(int from, int to, int n, int k, double[] a, int ao, int rs, int cs,
                             double[] b, double[] c) {
        // k in blocks of DEPTH; after the first block each element resumes its chain from c, so the
        // order of its fused multiply-adds is unchanged
        for (int p0 = 0; p0 < k || p0 == 0; p0 += DEPTH) {
            multiplyBlock(from, to, n, p0, Math.min(k, p0 + DEPTH), a, ao, rs, cs, b, c);
        }
    }

    private static void multiplyBlock(int from, int to, int n, int p0, int p1, double[] a, int ao, int rs, int cs,
                                      double[] b, double[] c) {
        int wide = n - n % (2 * LANES);
        int single = n - n % LANES;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            for (int j = 0; j < wide; j += 2 * LANES) {
                block8x2(i, j, n, p0, p1, a, ao, rs, cs, b, c);
            }
            narrowColumns(i, wide, single, n, p0, p1, a, ao, rs, cs, b, c);
            narrowColumns(i + 4, wide, single, n, p0, p1, a, ao, rs, cs, b, c);
        }
        for (; i + 4 <= to; i += 4) {
            for (int j = 0; j < wide; j += 2 * LANES) {
                block4x2(i, j, n, p0, p1, a, ao, rs, cs, b, c);
            }
            narrowColumns(i, wide, single, n, p0, p1, a, ao, rs, cs, b, c);
        }
        for (; i < to; i++) {
            for (int j = 0; j < single; j += LANES) {
                row1x1(i, j, n, p0, p1, a, ao, rs, cs, b, c);
            }
            for (int j = single; j < n; j++) {
                ScalarKernels.dot(i, j, n, p0, p1, a, ao, rs, cs, b, c);
            }
        }
    }

    /** Rows i..i+3, columns from {@code wide} on: single vectors, then scalar blocks. */
    private static void narrowColumns(int i, int wide, int single, int n, int p0, int p1, double[] a, int ao,
                                      int rs, int cs, double[] b, double[] c) {
        for (int j = wide; j < single; j += LANES) {
            block4x1(i, j, n, p0, p1, a, ao, rs, cs, b, c);
        }
        int j = single;
        for (; j + 4 <= n; j += 4) {
            ScalarKernels.block4x4(i, j, n, p0, p1, a, ao, rs, cs, b, c);
        }
        ScalarKernels.narrowColumns(i, j, n, p0, p1, a, ao, rs, cs, b, c);
    }

    /** A vector of zeros for the first block of p, else the chains so far. */
    private static DoubleVector start(int p0, double[] c, int offset) {
        return p0 == 0 ? DoubleVector.zero(SPECIES) : DoubleVector.fromArray(SPECIES, c, offset);
    }

    private static void block8x2(int i, int j, int n, int p0, int p1, double[] a, int ao, int rs, int cs, double[] b,
                                 double[] c) {
        int o = i * n + j;
        DoubleVector c00 = start(p0, c, o);
        DoubleVector c01 = start(p0, c, o + LANES);
        DoubleVector c10 = start(p0, c, o + 1 * n);
        DoubleVector c11 = start(p0, c, o + 1 * n + LANES);
        DoubleVector c20 = start(p0, c, o + 2 * n);
        DoubleVector c21 = start(p0, c, o + 2 * n + LANES);
        DoubleVector c30 = start(p0, c, o + 3 * n);
        DoubleVector c31 = start(p0, c, o + 3 * n + LANES);
        DoubleVector c40 = start(p0, c, o + 4 * n);
        DoubleVector c41 = start(p0, c, o + 4 * n + LANES);
        DoubleVector c50 = start(p0, c, o + 5 * n);
        DoubleVector c51 = start(p0, c, o + 5 * n + LANES);
        DoubleVector c60 = start(p0, c, o + 6 * n);
        DoubleVector c61 = start(p0, c, o + 6 * n + LANES);
        DoubleVector c70 = start(p0, c, o + 7 * n);
        DoubleVector c71 = start(p0, c, o + 7 * n + LANES);
        int ai = ao + i * rs + p0 * cs;
        int bi = p0 * n + j;
        for (int p = p0; p < p1; p++, ai += cs, bi += n) {
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bi);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bi + LANES);
            DoubleVector x0 = DoubleVector.broadcast(SPECIES, a[ai]);
            c00 = x0.fma(b0, c00);
            c01 = x0.fma(b1, c01);
            DoubleVector x1 = DoubleVector.broadcast(SPECIES, a[ai + rs]);
            c10 = x1.fma(b0, c10);
            c11 = x1.fma(b1, c11);
            DoubleVector x2 = DoubleVector.broadcast(SPECIES, a[ai + 2 * rs]);
            c20 = x2.fma(b0, c20);
            c21 = x2.fma(b1, c21);
            DoubleVector x3 = DoubleVector.broadcast(SPECIES, a[ai + 3 * rs]);
            c30 = x3.fma(b0, c30);
            c31 = x3.fma(b1, c31);
            DoubleVector x4 = DoubleVector.broadcast(SPECIES, a[ai + 4 * rs]);
            c40 = x4.fma(b0, c40);
            c41 = x4.fma(b1, c41);
            DoubleVector x5 = DoubleVector.broadcast(SPECIES, a[ai + 5 * rs]);
            c50 = x5.fma(b0, c50);
            c51 = x5.fma(b1, c51);
            DoubleVector x6 = DoubleVector.broadcast(SPECIES, a[ai + 6 * rs]);
            c60 = x6.fma(b0, c60);
            c61 = x6.fma(b1, c61);
            DoubleVector x7 = DoubleVector.broadcast(SPECIES, a[ai + 7 * rs]);
            c70 = x7.fma(b0, c70);
            c71 = x7.fma(b1, c71);
        }
        c00.intoArray(c, o);
        c01.intoArray(c, o + LANES);
        c10.intoArray(c, o + 1 * n);
        c11.intoArray(c, o + 1 * n + LANES);
        c20.intoArray(c, o + 2 * n);
        c21.intoArray(c, o + 2 * n + LANES);
        c30.intoArray(c, o + 3 * n);
        c31.intoArray(c, o + 3 * n + LANES);
        c40.intoArray(c, o + 4 * n);
        c41.intoArray(c, o + 4 * n + LANES);
        c50.intoArray(c, o + 5 * n);
        c51.intoArray(c, o + 5 * n + LANES);
        c60.intoArray(c, o + 6 * n);
        c61.intoArray(c, o + 6 * n + LANES);
        c70.intoArray(c, o + 7 * n);
        c71.intoArray(c, o + 7 * n + LANES);
    }

    private static void block4x2(int i, int j, int n, int p0, int p1, double[] a, int ao, int rs, int cs, double[] b,
                                 double[] c) {
        int o = i * n + j;
        DoubleVector c00 = start(p0, c, o);
        DoubleVector c01 = start(p0, c, o + LANES);
        DoubleVector c10 = start(p0, c, o + n);
        DoubleVector c11 = start(p0, c, o + n + LANES);
        DoubleVector c20 = start(p0, c, o + 2 * n);
        DoubleVector c21 = start(p0, c, o + 2 * n + LANES);
        DoubleVector c30 = start(p0, c, o + 3 * n);
        DoubleVector c31 = start(p0, c, o + 3 * n + LANES);
        int ai = ao + i * rs + p0 * cs;
        int bi = p0 * n + j;
        for (int p = p0; p < p1; p++, ai += cs, bi += n) {
            DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bi);
            DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bi + LANES);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[ai]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = DoubleVector.broadcast(SPECIES, a[ai + rs]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = DoubleVector.broadcast(SPECIES, a[ai + 2 * rs]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = DoubleVector.broadcast(SPECIES, a[ai + 3 * rs]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
        }
        c00.intoArray(c, o);
        c01.intoArray(c, o + LANES);
        o += n;
        c10.intoArray(c, o);
        c11.intoArray(c, o + LANES);
        o += n;
        c20.intoArray(c, o);
        c21.intoArray(c, o + LANES);
        o += n;
        c30.intoArray(c, o);
        c31.intoArray(c, o + LANES);
    }

    /** One vector of columns for rows i..i+3: four independent chains. */
    private static void block4x1(int i, int j, int n, int p0, int p1, double[] a, int ao, int rs, int cs, double[] b,
                                 double[] c) {
        int o = i * n + j;
        DoubleVector c0 = start(p0, c, o);
        DoubleVector c1 = start(p0, c, o + n);
        DoubleVector c2 = start(p0, c, o + 2 * n);
        DoubleVector c3 = start(p0, c, o + 3 * n);
        int ai = ao + i * rs + p0 * cs;
        int bi = p0 * n + j;
        for (int p = p0; p < p1; p++, ai += cs, bi += n) {
            DoubleVector y = DoubleVector.fromArray(SPECIES, b, bi);
            c0 = DoubleVector.broadcast(SPECIES, a[ai]).fma(y, c0);
            c1 = DoubleVector.broadcast(SPECIES, a[ai + rs]).fma(y, c1);
            c2 = DoubleVector.broadcast(SPECIES, a[ai + 2 * rs]).fma(y, c2);
            c3 = DoubleVector.broadcast(SPECIES, a[ai + 3 * rs]).fma(y, c3);
        }
        c0.intoArray(c, o);
        c1.intoArray(c, o + n);
        c2.intoArray(c, o + 2 * n);
        c3.intoArray(c, o + 3 * n);
    }

    private static void row1x1(int i, int j, int n, int p0, int p1, double[] a, int ao, int rs, int cs, double[] b,
                               double[] c) {
        DoubleVector acc = start(p0, c, i * n + j);
        int ai = ao + i * rs + p0 * cs;
        int bi = p0 * n + j;
        for (int p = p0; p < p1; p++, ai += cs, bi += n) {
            acc = DoubleVector.broadcast(SPECIES, a[ai]).fma(DoubleVector.fromArray(SPECIES, b, bi), acc);
        }
        acc.intoArray(c, i * n + j);
    }
}
