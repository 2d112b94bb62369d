package org.epochlab.engine;

/**
 * The portable kernel of {@link MatrixKernels}: plain Java, 4 × 4 blocks of C held in local
 * variables while p runs, so each value of A and B loaded serves four fused multiply-adds. The
 * blocks take a range [p0, p1) of p and resume each chain from C when p0 &gt; 0, so a caller may
 * split k without changing the order of any element's multiply-adds.
 */
final class ScalarKernels {

    private ScalarKernels() {
    }

    /**
     * s + x y: one fused multiply-add, rounded once, where the processor has the instruction; else a
     * multiply and an add (on such a processor {@link Math#fma} would be computed in software, a hundred
     * times slower). The two differ in the last bits, so histories agree bit for bit between machines
     * that both have, or both lack, fused multiply-add.
     */
    static double madd(double x, double y, double s) {
        return MatrixKernels.FUSED ? Math.fma(x, y, s) : x * y + s;
    }

    static void multiplyRows(int from, int to, int n, int k, double[] a, int ao, int rs, int cs,
                             double[] b, double[] c) {
        int i = from;
        for (; i + 4 <= to; i += 4) {
            int j = 0;
            for (; j + 4 <= n; j += 4) {
                block4x4(i, j, n, 0, k, a, ao, rs, cs, b, c);
            }
            narrowColumns(i, j, n, 0, k, a, ao, rs, cs, b, c);
        }
        for (; i < to; i++) {
            int j = 0;
            for (; j + 4 <= n; j += 4) {
                block1x4(i, j, n, 0, k, a, ao, rs, cs, b, c);
            }
            for (; j < n; j++) {
                dot(i, j, n, 0, k, a, ao, rs, cs, b, c);
            }
        }
    }

    /** Columns j..j+3 of row i: four independent chains. */
    static void block1x4(int i, int j, int n, int p0, int p1, double[] a, int ao, int rs, int cs, double[] b,
                         double[] c) {
        int o = i * n + j;
        boolean fresh = p0 == 0;
        double c0 = fresh ? 0 : c[o];
        double c1 = fresh ? 0 : c[o + 1];
        double c2 = fresh ? 0 : c[o + 2];
        double c3 = fresh ? 0 : c[o + 3];
        int ai = ao + i * rs + p0 * cs;
        int bi = p0 * n + j;
        for (int p = p0; p < p1; p++, ai += cs, bi += n) {
            double x = a[ai];
            c0 = madd(x, b[bi], c0);
            c1 = madd(x, b[bi + 1], c1);
            c2 = madd(x, b[bi + 2], c2);
            c3 = madd(x, b[bi + 3], c3);
        }
        c[o] = c0;
        c[o + 1] = c1;
        c[o + 2] = c2;
        c[o + 3] = c3;
    }

    /** Rows i..i+3, the last n - j &lt; 4 columns. */
    static void narrowColumns(int i, int j, int n, int p0, int p1, double[] a, int ao, int rs, int cs, double[] b,
                              double[] c) {
        switch (n - j) {
            case 3 -> block4x3(i, j, n, p0, p1, a, ao, rs, cs, b, c);
            case 2 -> block4x2(i, j, n, p0, p1, a, ao, rs, cs, b, c);
            case 1 -> block4x1(i, j, n, p0, p1, a, ao, rs, cs, b, c);
            default -> {
            }
        }
    }

    static void block4x4(int i, int j, int n, int p0, int p1, double[] a, int ao, int rs, int cs,
                         double[] b, double[] c) {
        int o0 = i * n + j;
        int o1 = o0 + n;
        int o2 = o1 + n;
        int o3 = o2 + n;
        boolean fresh = p0 == 0;
        double c00 = fresh ? 0 : c[o0];
        double c01 = fresh ? 0 : c[o0 + 1];
        double c02 = fresh ? 0 : c[o0 + 2];
        double c03 = fresh ? 0 : c[o0 + 3];
        double c10 = fresh ? 0 : c[o1];
        double c11 = fresh ? 0 : c[o1 + 1];
        double c12 = fresh ? 0 : c[o1 + 2];
        double c13 = fresh ? 0 : c[o1 + 3];
        double c20 = fresh ? 0 : c[o2];
        double c21 = fresh ? 0 : c[o2 + 1];
        double c22 = fresh ? 0 : c[o2 + 2];
        double c23 = fresh ? 0 : c[o2 + 3];
        double c30 = fresh ? 0 : c[o3];
        double c31 = fresh ? 0 : c[o3 + 1];
        double c32 = fresh ? 0 : c[o3 + 2];
        double c33 = fresh ? 0 : c[o3 + 3];
        int ai = ao + i * rs + p0 * cs;
        int bi = p0 * n + j;
        for (int p = p0; p < p1; p++, ai += cs, bi += n) {
            double b0 = b[bi];
            double b1 = b[bi + 1];
            double b2 = b[bi + 2];
            double b3 = b[bi + 3];
            double x = a[ai];
            c00 = madd(x, b0, c00);
            c01 = madd(x, b1, c01);
            c02 = madd(x, b2, c02);
            c03 = madd(x, b3, c03);
            x = a[ai + rs];
            c10 = madd(x, b0, c10);
            c11 = madd(x, b1, c11);
            c12 = madd(x, b2, c12);
            c13 = madd(x, b3, c13);
            x = a[ai + 2 * rs];
            c20 = madd(x, b0, c20);
            c21 = madd(x, b1, c21);
            c22 = madd(x, b2, c22);
            c23 = madd(x, b3, c23);
            x = a[ai + 3 * rs];
            c30 = madd(x, b0, c30);
            c31 = madd(x, b1, c31);
            c32 = madd(x, b2, c32);
            c33 = madd(x, b3, c33);
        }
        c[o0] = c00;
        c[o0 + 1] = c01;
        c[o0 + 2] = c02;
        c[o0 + 3] = c03;
        c[o1] = c10;
        c[o1 + 1] = c11;
        c[o1 + 2] = c12;
        c[o1 + 3] = c13;
        c[o2] = c20;
        c[o2 + 1] = c21;
        c[o2 + 2] = c22;
        c[o2 + 3] = c23;
        c[o3] = c30;
        c[o3 + 1] = c31;
        c[o3 + 2] = c32;
        c[o3 + 3] = c33;
    }

    /** Columns j..j+2 of rows i..i+3: 12 independent chains. */
    static void block4x3(int i, int j, int n, int p0, int p1, double[] a, int ao, int rs, int cs,
                         double[] b, double[] c) {
        int o0 = i * n + j;
        int o1 = o0 + n;
        int o2 = o1 + n;
        int o3 = o2 + n;
        boolean fresh = p0 == 0;
        double c00 = fresh ? 0 : c[o0];
        double c01 = fresh ? 0 : c[o0 + 1];
        double c02 = fresh ? 0 : c[o0 + 2];
        double c10 = fresh ? 0 : c[o1];
        double c11 = fresh ? 0 : c[o1 + 1];
        double c12 = fresh ? 0 : c[o1 + 2];
        double c20 = fresh ? 0 : c[o2];
        double c21 = fresh ? 0 : c[o2 + 1];
        double c22 = fresh ? 0 : c[o2 + 2];
        double c30 = fresh ? 0 : c[o3];
        double c31 = fresh ? 0 : c[o3 + 1];
        double c32 = fresh ? 0 : c[o3 + 2];
        int ai = ao + i * rs + p0 * cs;
        int bi = p0 * n + j;
        for (int p = p0; p < p1; p++, ai += cs, bi += n) {
            double b0 = b[bi];
            double b1 = b[bi + 1];
            double b2 = b[bi + 2];
            double x0 = a[ai];
            double x1 = a[ai + rs];
            double x2 = a[ai + 2 * rs];
            double x3 = a[ai + 3 * rs];
            c00 = madd(x0, b0, c00);
            c01 = madd(x0, b1, c01);
            c02 = madd(x0, b2, c02);
            c10 = madd(x1, b0, c10);
            c11 = madd(x1, b1, c11);
            c12 = madd(x1, b2, c12);
            c20 = madd(x2, b0, c20);
            c21 = madd(x2, b1, c21);
            c22 = madd(x2, b2, c22);
            c30 = madd(x3, b0, c30);
            c31 = madd(x3, b1, c31);
            c32 = madd(x3, b2, c32);
        }
        c[o0] = c00;
        c[o0 + 1] = c01;
        c[o0 + 2] = c02;
        c[o1] = c10;
        c[o1 + 1] = c11;
        c[o1 + 2] = c12;
        c[o2] = c20;
        c[o2 + 1] = c21;
        c[o2 + 2] = c22;
        c[o3] = c30;
        c[o3 + 1] = c31;
        c[o3 + 2] = c32;
    }

    /** Columns j..j+1 of rows i..i+3: 8 independent chains. */
    static void block4x2(int i, int j, int n, int p0, int p1, double[] a, int ao, int rs, int cs,
                         double[] b, double[] c) {
        int o0 = i * n + j;
        int o1 = o0 + n;
        int o2 = o1 + n;
        int o3 = o2 + n;
        boolean fresh = p0 == 0;
        double c00 = fresh ? 0 : c[o0];
        double c01 = fresh ? 0 : c[o0 + 1];
        double c10 = fresh ? 0 : c[o1];
        double c11 = fresh ? 0 : c[o1 + 1];
        double c20 = fresh ? 0 : c[o2];
        double c21 = fresh ? 0 : c[o2 + 1];
        double c30 = fresh ? 0 : c[o3];
        double c31 = fresh ? 0 : c[o3 + 1];
        int ai = ao + i * rs + p0 * cs;
        int bi = p0 * n + j;
        for (int p = p0; p < p1; p++, ai += cs, bi += n) {
            double b0 = b[bi];
            double b1 = b[bi + 1];
            double x0 = a[ai];
            double x1 = a[ai + rs];
            double x2 = a[ai + 2 * rs];
            double x3 = a[ai + 3 * rs];
            c00 = madd(x0, b0, c00);
            c01 = madd(x0, b1, c01);
            c10 = madd(x1, b0, c10);
            c11 = madd(x1, b1, c11);
            c20 = madd(x2, b0, c20);
            c21 = madd(x2, b1, c21);
            c30 = madd(x3, b0, c30);
            c31 = madd(x3, b1, c31);
        }
        c[o0] = c00;
        c[o0 + 1] = c01;
        c[o1] = c10;
        c[o1 + 1] = c11;
        c[o2] = c20;
        c[o2 + 1] = c21;
        c[o3] = c30;
        c[o3 + 1] = c31;
    }

    /** Column j of rows i..i+3: four independent chains, so the fma latency overlaps. */
    static void block4x1(int i, int j, int n, int p0, int p1, double[] a, int ao, int rs, int cs,
                         double[] b, double[] c) {
        int o = i * n + j;
        boolean fresh = p0 == 0;
        double c0 = fresh ? 0 : c[o];
        double c1 = fresh ? 0 : c[o + n];
        double c2 = fresh ? 0 : c[o + 2 * n];
        double c3 = fresh ? 0 : c[o + 3 * n];
        int ai = ao + i * rs + p0 * cs;
        int bi = p0 * n + j;
        for (int p = p0; p < p1; p++, ai += cs, bi += n) {
            double y = b[bi];
            c0 = madd(a[ai], y, c0);
            c1 = madd(a[ai + rs], y, c1);
            c2 = madd(a[ai + 2 * rs], y, c2);
            c3 = madd(a[ai + 3 * rs], y, c3);
        }
        c[o] = c0;
        c[o + n] = c1;
        c[o + 2 * n] = c2;
        c[o + 3 * n] = c3;
    }

    /** c(i, j) continued over p in [p0, p1): one chain of fused multiply-adds, p increasing. */
    static void dot(int i, int j, int n, int p0, int p1, double[] a, int ao, int rs, int cs, double[] b, double[] c) {
        int o = i * n + j;
        double s = p0 == 0 ? 0 : c[o];
        int ai = ao + i * rs + p0 * cs;
        int bi = p0 * n + j;
        for (int p = p0; p < p1; p++, ai += cs, bi += n) {
            s = madd(a[ai], b[bi], s);
        }
        c[o] = s;
    }
}
