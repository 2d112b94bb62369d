package org.epochlab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The piecewise-linear activations of {@link ActivationKernels} on whole vectors (loaded only when
 * the JVM has {@code jdk.incubator.vector}). A lane-wise compare and blend replaces the per-element
 * branch, which a CPU cannot predict when half the units are active; every lane computes exactly what
 * the scalar loop computes (x = z + b, then x or 0, slope x, 1 or slope), so the bits are the same.
 */
final class VectorActivations {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorActivations() {
    }

    /** Whether {@link #apply} handles {@code f}. */
    static boolean handles(Activation f) {
        return f == Activation.RELU || f == Activation.LEAKY_RELU;
    }

    /**
     * a = f(z + b); if {@code d} is not null, also d = f'(z + b) (d may be z itself). For units beyond
     * the last whole vector, returns the first such column so the caller finishes each row.
     */
    static int apply(Activation f, double[] z, double[] b, double[] a, double[] d, int rows, int units) {
        int whole = units - units % LANES;
        double negativeSlope = f == Activation.LEAKY_RELU ? Activation.LEAKY_SLOPE : 0.0;
        DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        DoubleVector slope = DoubleVector.broadcast(SPECIES, negativeSlope);
        for (int r = 0; r < rows; r++) {
            int o = r * units;
            for (int j = 0; j < whole; j += LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, z, o + j).add(DoubleVector.fromArray(SPECIES, b, j));
                VectorMask<Double> active = x.compare(VectorOperators.GT, 0.0);
                DoubleVector below = negativeSlope == 0.0 ? DoubleVector.zero(SPECIES) : x.mul(negativeSlope);
                below.blend(x, active).intoArray(a, o + j);
                if (d != null) {
                    slope.blend(one, active).intoArray(d, o + j);
                }
            }
        }
        return whole;
    }
}
