package org.epochlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.Stream;

import org.epochlab.engine.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratorsTest {

    @FunctionalInterface
    interface Generator {
        Dataset make(int samples, double noise, int classes, long seed);
    }

    static Stream<Arguments> generators() {
        return Stream.of(
                Arguments.of("circles", (Generator) (n, noise, k, seed) -> Generators.circles(n, noise, seed), 2),
                Arguments.of("xor", (Generator) (n, noise, k, seed) -> Generators.xor(n, noise, seed), 2),
                Arguments.of("moons", (Generator) (n, noise, k, seed) -> Generators.moons(n, noise, seed), 2),
                Arguments.of("blobs", (Generator) Generators::blobs, 3),
                Arguments.of("blobs", (Generator) Generators::blobs, 5),
                Arguments.of("spiral", (Generator) Generators::spiral, 3),
                Arguments.of("spiral", (Generator) Generators::spiral, 7));
    }

    @ParameterizedTest(name = "{0} with {2} classes: size, features and balanced classes")
    @MethodSource("generators")
    void givesTheAskedSizeTwoFeaturesAndBalancedClasses(String name, Generator generator, int classes) {
        Dataset data = generator.make(301, 0.1, classes, 1L);

        assertThat(data.name()).isEqualTo(name);
        assertThat(data.size()).isEqualTo(301);
        assertThat(data.featureNames()).containsExactly("x1", "x2");
        assertThat(data.classes()).isEqualTo(classes);
        int[] counts = data.classCounts();
        assertThat(Arrays.stream(counts).max().getAsInt() - Arrays.stream(counts).min().getAsInt()).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0} with {2} classes: same seed, same points")
    @MethodSource("generators")
    void isDeterministicPerSeed(String name, Generator generator, int classes) {
        assertThat(generator.make(200, 0.2, classes, 99L).samples())
                .isEqualTo(generator.make(200, 0.2, classes, 99L).samples());
    }

    @ParameterizedTest(name = "{0} with {2} classes: another seed, other points")
    @MethodSource("generators")
    void differentSeedsGiveDifferentPoints(String name, Generator generator, int classes) {
        assertThat(generator.make(200, 0.2, classes, 1L).samples())
                .isNotEqualTo(generator.make(200, 0.2, classes, 2L).samples());
    }

    @ParameterizedTest(name = "{0} with {2} classes: points within [-1.5, 1.5] without noise")
    @MethodSource("generators")
    void cleanPointsLieWithinTheDocumentedSquare(String name, Generator generator, int classes) {
        Samples s = generator.make(500, 0.0, classes, 4L).samples();

        for (int i = 0; i < s.rows(); i++) {
            assertThat(s.feature(i, 0)).isBetween(-1.5, 1.5);
            assertThat(s.feature(i, 1)).isBetween(-1.5, 1.5);
        }
    }

    @ParameterizedTest(name = "{0} with {2} classes: rows are not grouped by class")
    @MethodSource("generators")
    void rowsComeInShuffledOrder(String name, Generator generator, int classes) {
        int[] labels = generator.make(200, 0.1, classes, 3L).samples().labels();
        int[] sorted = labels.clone();
        Arrays.sort(sorted);

        assertThat(labels).isNotEqualTo(sorted);
    }

    @Test
    void noiseIsGaussianWithTheGivenStandardDeviation() {
        // blob points are centre + N(0, σ²) per coordinate; residuals from the centres estimate σ
        double sigma = 0.3;
        Samples s = Generators.blobs(20_000, sigma, 4, 8L).samples();
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < s.rows(); i++) {
            double angle = 2 * Math.PI * s.label(i) / 4;
            double dx = s.feature(i, 0) - Math.cos(angle);
            sum += dx;
            sumSquares += dx * dx;
        }
        double mean = sum / s.rows();
        double sd = Math.sqrt(sumSquares / s.rows() - mean * mean);
        assertThat(mean).isCloseTo(0.0, within(0.01));
        assertThat(sd).isCloseTo(sigma, within(0.01));
    }

    @Test
    void circlesWithoutNoiseAreSeparatedByRadius() {
        Samples s = Generators.circles(400, 0.0, 5L).samples();

        for (int i = 0; i < s.rows(); i++) {
            double r = Math.hypot(s.feature(i, 0), s.feature(i, 1));
            assertThat(r).isCloseTo(s.label(i) == 0 ? 0.5 : 1.0, within(1e-12));
        }
    }

    @Test
    void xorWithoutNoiseIsSeparatedByTheSignOfTheProduct() {
        Samples s = Generators.xor(400, 0.0, 5L).samples();

        for (int i = 0; i < s.rows(); i++) {
            double product = s.feature(i, 0) * s.feature(i, 1);
            assertThat(Math.abs(s.feature(i, 0))).isBetween(0.1, 1.0);
            assertThat(Math.abs(s.feature(i, 1))).isBetween(0.1, 1.0);
            assertThat(s.label(i) == 0 ? product > 0 : product < 0).isTrue();
        }
    }

    @Test
    void moonsWithoutNoiseLieOnTheirHalfCircles() {
        Samples s = Generators.moons(400, 0.0, 5L).samples();

        for (int i = 0; i < s.rows(); i++) {
            // upper moon: centre (−0.5, −0.25), y above it; lower moon: centre (0.5, 0.25), y below it
            double sign = s.label(i) == 0 ? 1 : -1;
            double dx = s.feature(i, 0) + sign * 0.5;
            double dy = s.feature(i, 1) + sign * 0.25;
            assertThat(Math.hypot(dx, dy)).isCloseTo(1.0, within(1e-12));
            assertThat(sign * dy).isGreaterThanOrEqualTo(0.0);
        }
    }

    @Test
    void blobsWithoutNoiseSitOnTheirCentres() {
        Samples s = Generators.blobs(90, 0.0, 3, 5L).samples();

        for (int i = 0; i < s.rows(); i++) {
            double angle = 2 * Math.PI * s.label(i) / 3;
            assertThat(s.feature(i, 0)).isCloseTo(Math.cos(angle), within(1e-12));
            assertThat(s.feature(i, 1)).isCloseTo(Math.sin(angle), within(1e-12));
        }
    }

    @Test
    void spiralArmsWithoutNoiseFollowTheirCurves() {
        int arms = 4;
        Samples s = Generators.spiral(400, 0.0, arms, 5L).samples();

        for (int i = 0; i < s.rows(); i++) {
            double r = Math.hypot(s.feature(i, 0), s.feature(i, 1));
            double theta = 2 * Math.PI * s.label(i) / arms + 2 * Math.PI * r;
            assertThat(r).isBetween(0.1, 1.0);
            assertThat(s.feature(i, 0)).isCloseTo(r * Math.cos(theta), within(1e-12));
            assertThat(s.feature(i, 1)).isCloseTo(r * Math.sin(theta), within(1e-12));
        }
    }

    @Test
    void classNamesAreReadable() {
        assertThat(Generators.circles(10, 0, 1L).classNames()).containsExactly("inner", "outer");
        assertThat(Generators.xor(10, 0, 1L).classNames()).containsExactly("same sign", "opposite sign");
        assertThat(Generators.moons(10, 0, 1L).classNames()).containsExactly("upper", "lower");
        assertThat(Generators.blobs(10, 0, 3, 1L).classNames()).containsExactly("blob 0", "blob 1", "blob 2");
        assertThat(Generators.spiral(10, 0, 2, 1L).classNames()).containsExactly("arm 0", "arm 1");
    }

    @ParameterizedTest(name = "samples {0}, noise {1}, classes {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            5      | 0.1  | 3  | samples must be between 6 (2 per class) and 100000, got 5
            100001 | 0.1  | 2  | samples must be between 4 (2 per class) and 100000, got 100001
            100    | -0.1 | 2  | noise must be between 0 and 10.0, got -0.1
            100    | NaN  | 2  | noise must be between 0 and 10.0, got NaN
            100    | 0.1  | 1  | classes must be between 2 and 10, got 1
            100    | 0.1  | 11 | classes must be between 2 and 10, got 11
            """)
    void refusesArgumentsOutOfRange(int samples, double noise, int classes, String message) {
        assertThatThrownBy(() -> Generators.spiral(samples, noise, classes, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
