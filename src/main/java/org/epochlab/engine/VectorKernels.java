package org.epochlab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vectorized kernel of {@link MatrixKernels} (loaded only when the JVM has
 * {@code jdk.incubator.vector}): a block of 4 rows × 2 vectors of C lives in registers while p runs;
 * per p it loads two vectors of B's row p, broadcasts four values of A and issues eight vector
 * fused multiply-adds. Columns left over after the last whole vector go to the scalar
 * {@link ScalarKernels#dot}, which computes them in the same order.
 */
final class VectorKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorKernels() {
    }

    static void multiplyRows(int from, int to, int n, int k, double[] a, int rs, int cs, double[] b, double[] c) {
        int wide = n - n % (2 * LANES);
        int single = n - n % LANES;
        int i = from;
        for (; i + 4 <= to; i += 4) {
            for (int j = 0; j < wide; j += 2 * LANES) {
                block4x2(i, j, n, k, a, rs, cs, b, c);
            }
            for (int j = wide; j < single; j += LANES) {
                for (int r = i; r < i + 4; r++) {
                    row1x1(r, j, n, k, a, rs, cs, b, c);
                }
            }
            for (int j = single; j < n; j++) {
                for (int r = i; r < i + 4; r++) {
                    c[r * n + j] = ScalarKernels.dot(r, j, n, k, a, rs, cs, b);
                }
            }
        }
        for (; i < to; i++) {
            for (int j = 0; j < single; j += LANES) {
                row1x1(i, j, n, k, a, rs, cs, b, c);
            }
            for (int j = single; j < n; j++) {
                c[i * n + j] = ScalarKernels.dot(i, j, n, k, a, rs, cs, b);
            }
        }
    }

    private static void block4x2(int i, int j, int n, int k, double[] a, int rs, int cs, double[] b, double[] c) {
        DoubleVector c00 = DoubleVector.zero(SPECIES);
        DoubleVector c01 = c00;
        DoubleVector c10 = c00;
        DoubleVector c11 = c00;
        DoubleVector c20 = c00;
        DoubleVector c21 = c00;
        DoubleVector c30 = c00;
        DoubleVector c31 = c00;
        int ai = i * rs;
        int bi = j;
        for (int p = 0; p < k; p++, ai += cs, bi += n) {
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
        int o = i * n + j;
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

    private static void row1x1(int i, int j, int n, int k, double[] a, int rs, int cs, double[] b, double[] c) {
        DoubleVector acc = DoubleVector.zero(SPECIES);
        int ai = i * rs;
        int bi = j;
        for (int p = 0; p < k; p++, ai += cs, bi += n) {
            acc = DoubleVector.broadcast(SPECIES, a[ai]).fma(DoubleVector.fromArray(SPECIES, b, bi), acc);
        }
        acc.intoArray(c, i * n + j);
    }
}
