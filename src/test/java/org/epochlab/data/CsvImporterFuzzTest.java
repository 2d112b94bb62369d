package org.epochlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/**
 * Feeds the importer thousands of seeded random and mutated CSV files: each must be read into a consistent
 * dataset or refused with a {@link DataFormatException} naming the source, never end in another exception.
 */
class CsvImporterFuzzTest {

    private static final int INPUTS = 10_000;
    private static final String SOURCE = "fuzz.csv";
    private static final String[] SEEDS = {
            "a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n",
            "a;b;c;label\n1,5;2;3;0\n4;5;6;1\n7;8;9;0\n1;2;3;1\n",
            "\uFEFFx1\tx2\tclass\n0.1\t-0.2\tinner\n0.5\t0.5\touter\n1e-3\t2E+2\tinner\n.5\t-.5\touter\n",
            "\"p\",\"q\",\"label\"\r\n\"1\",\"2\",\"a b\"\r\n\"3\",\"4\",\"c,d\"\r\n5,6,\"a b\"\r\n7,8,\"c,d\"\r\n",
    };
    /** Characters that stress a CSV reader: separators, quotes, line ends, signs, markers, odd code points. */
    private static final String TRICKY = ",;\t\"\n\r \u0000-+.eE0123456789NaInfy?\u00e9\u20ac\uFEFF\ud83d\ude00";

    @Test
    void everyInputIsReadOrRefusedWithAMessage() {
        SplittableRandom random = new SplittableRandom(20_261_125L);
        int accepted = 0;
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = mutate(SEEDS[random.nextInt(SEEDS.length)], random);
            try {
                Dataset data = CsvImporter.read(SOURCE, new ByteArrayInputStream(input), random.nextInt(4) == 0 ? "b" : null);
                assertThat(data.size()).isGreaterThanOrEqualTo(2 * data.classes());
                assertThat(data.classes()).isGreaterThanOrEqualTo(2);
                for (int r = 0; r < data.size(); r++) {
                    for (int c = 0; c < data.features(); c++) {
                        assertThat(Double.isFinite(data.samples().feature(r, c))).isTrue();
                    }
                }
                accepted++;
            } catch (DataFormatException e) {
                assertThat(e.getMessage()).startsWith(SOURCE);
            } catch (RuntimeException e) {
                fail("input " + i + " (" + new String(input, StandardCharsets.UTF_8) + ") threw " + e, e);
            }
        }
        System.out.println("CSV importer fuzz: " + INPUTS + " inputs, " + accepted + " read, "
                + (INPUTS - accepted) + " refused with a message");
        assertThat(accepted).isBetween(INPUTS / 20, INPUTS - INPUTS / 20);
    }

    private static byte[] mutate(String seed, SplittableRandom random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = random.nextInt(4);
        for (int k = 0; k < edits && text.length() > 0; k++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, TRICKY.charAt(random.nextInt(TRICKY.length())));
                case 2 -> text.setCharAt(at, TRICKY.charAt(random.nextInt(TRICKY.length())));
                case 3 -> text.setLength(at);
                default -> text.append(text, at, Math.min(text.length(), at + random.nextInt(20)));
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256); // may break UTF-8
        }
        if (random.nextInt(10) == 0) {
            bytes = gzip(bytes);
            if (random.nextBoolean()) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
            }
        }
        return bytes;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
