package org.epochlab.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Thousands of mutated run files: each is read or refused with a message naming it, never an unexpected exception. */
class RunSetFileFuzzTest {

    private static final int INPUTS = 10_000;
    private static final String[] VALUES = {"true", "null", "\"x\"", "-1", "0", "1e999", "-1e999", "[]", "{}",
        "99999999999999999999", "\"NaN\"", "\"Infinity\"", "1.5", "\"2026-13-45T99:00:00Z\"", "[1,\"a\"]"};
    private static final String PIECES = "{}[]\",:.-+0123456789eEaNtrufl \n\t\\é\u0000";

    @Test
    void tenThousandMutatedRunFilesAreEachReadOrRefusedWithAMessage() {
        String original = RunSetFile.toText(List.of(SampleRuns.run(SampleRuns.small("epochs=4")),
                SampleRuns.run(SampleRuns.small("epochs=3", "validationFraction=0", "testFraction=0"))))
                // fixed ids, so that the same mutations hit the same text on every run
                .replaceAll("\"id\":\"[0-9a-f-]{36}\"", "\"id\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"");
        SplittableRandom random = new SplittableRandom(20261125);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            String input = original;
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                input = mutate(input, random);
            }
            try {
                List<RunRecord> runs = RunSetFile.read(input, "fuzz.json");
                assertThat(RunSetFile.read(RunSetFile.toText(runs), "again.json")).isEqualTo(runs);
                accepted++;
            } catch (RunFileException e) {
                assertThat(e.getMessage()).as("input %d", i).startsWith("fuzz.json").hasSizeGreaterThan(12);
                refused++;
            }
        }
        System.out.printf("run file fuzz: %d inputs, %d read, %d refused with a message%n", INPUTS, accepted, refused);
        assertThat(accepted + refused).isEqualTo(INPUTS);
        assertThat(refused).isGreaterThan(INPUTS / 2);
    }

    private static String mutate(String text, SplittableRandom random) {
        if (text.isEmpty()) {
            return PIECES.substring(0, 1);
        }
        int at = random.nextInt(text.length());
        switch (random.nextInt(6)) {
            case 0:
                return text.substring(0, at);
            case 1:
                return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(8)));
            case 2:
                return text.substring(0, at) + PIECES.charAt(random.nextInt(PIECES.length())) + text.substring(at);
            case 3:
                return replaceValue(text, at, random);
            case 4:
                int to = Math.min(text.length(), at + random.nextInt(40));
                return text.substring(0, to) + text.substring(at, to) + text.substring(to);
            default:
                char[] chars = text.toCharArray();
                int other = random.nextInt(chars.length);
                char c = chars[at];
                chars[at] = chars[other];
                chars[other] = c;
                return new String(chars);
        }
    }

    /** Replaces the value after the member name nearest {@code at} with one of {@link #VALUES}. */
    private static String replaceValue(String text, int at, SplittableRandom random) {
        int colon = text.indexOf("\":", at);
        if (colon < 0) {
            return text;
        }
        int start = colon + 2;
        int end = start;
        int depth = 0;
        boolean inString = false;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (inString) {
                inString = c != '"' || text.charAt(end - 1) == '\\';
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
            end++;
        }
        return text.substring(0, start) + VALUES[random.nextInt(VALUES.length)] + text.substring(end);
    }
}
