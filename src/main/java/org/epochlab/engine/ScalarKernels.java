package org.epochlab.engine;

/**
 * The portable kernel of {@link MatrixKernels}: plain Java, 4 × 4 blocks of C held in local
 * variables while p runs, so each value of A and B loaded serves four fused multiply-adds.
 */
final class ScalarKernels {

    private ScalarKernels() {
    }

    static void multiplyRows(int from, int to, int n, int k, double[] a, int rs, int cs, double[] b, double[] c) {
        int i = from;
        for (; i + 4 <= to; i += 4) {
            int j = 0;
            for (; j + 4 <= n; j += 4) {
                block4x4(i, j, n, k, a, rs, cs, b, c);
            }
            for (; j < n; j++) {
                for (int r = i; r < i + 4; r++) {
                    c[r * n + j] = dot(r, j, n, k, a, rs, cs, b);
                }
            }
        }
        for (; i < to; i++) {
            for (int j = 0; j < n; j++) {
                c[i * n + j] = dot(i, j, n, k, a, rs, cs, b);
            }
        }
    }

    private static void block4x4(int i, int j, int n, int k, double[] a, int rs, int cs, double[] b, double[] c) {
        double c00 = 0, c01 = 0, c02 = 0, c03 = 0;
        double c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        double c20 = 0, c21 = 0, c22 = 0, c23 = 0;
        double c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        int ai = i * rs;
        int bi = j;
        for (int p = 0; p < k; p++, ai += cs, bi += n) {
            double b0 = b[bi];
            double b1 = b[bi + 1];
            double b2 = b[bi + 2];
            double b3 = b[bi + 3];
            double x = a[ai];
            c00 = Math.fma(x, b0, c00);
            c01 = Math.fma(x, b1, c01);
            c02 = Math.fma(x, b2, c02);
            c03 = Math.fma(x, b3, c03);
            x = a[ai + rs];
            c10 = Math.fma(x, b0, c10);
            c11 = Math.fma(x, b1, c11);
            c12 = Math.fma(x, b2, c12);
            c13 = Math.fma(x, b3, c13);
            x = a[ai + 2 * rs];
            c20 = Math.fma(x, b0, c20);
            c21 = Math.fma(x, b1, c21);
            c22 = Math.fma(x, b2, c22);
            c23 = Math.fma(x, b3, c23);
            x = a[ai + 3 * rs];
            c30 = Math.fma(x, b0, c30);
            c31 = Math.fma(x, b1, c31);
            c32 = Math.fma(x, b2, c32);
            c33 = Math.fma(x, b3, c33);
        }
        int o = i * n + j;
        c[o] = c00;
        c[o + 1] = c01;
        c[o + 2] = c02;
        c[o + 3] = c03;
        o += n;
        c[o] = c10;
        c[o + 1] = c11;
        c[o + 2] = c12;
        c[o + 3] = c13;
        o += n;
        c[o] = c20;
        c[o + 1] = c21;
        c[o + 2] = c22;
        c[o + 3] = c23;
        o += n;
        c[o] = c30;
        c[o + 1] = c31;
        c[o + 2] = c32;
        c[o + 3] = c33;
    }

    /** Σ_p a(i, p) b(p, j) as a chain of fused multiply-adds, p increasing. */
    static double dot(int i, int j, int n, int k, double[] a, int rs, int cs, double[] b) {
        double s = 0;
        int ai = i * rs;
        int bi = j;
        for (int p = 0; p < k; p++, ai += cs, bi += n) {
            s = Math.fma(a[ai], b[bi], s);
        }
        return s;
    }
}
