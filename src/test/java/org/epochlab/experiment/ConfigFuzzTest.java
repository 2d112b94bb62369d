package org.epochlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Thousands of mutated config files and {@code --set} assignments: each is either read (and then
 * validated without an exception) or refused with a {@link ConfigException} that has a message.
 */
class ConfigFuzzTest {

    private static final int INPUTS = 10_000;
    private static final String[] FRAGMENTS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e309",
            "0.5", "\"epochs\"", "\"hiddenLayers\"", "[1,2]", "\"tanh\"", "NaN", "\\u0000", "\n", "9999999999999"};

    @Test
    void mutatedConfigFilesAreReadOrRefusedWithAMessage() {
        List<String> seeds = new ArrayList<>();
        seeds.add(ConfigJson.write(ExperimentConfig.defaults()));
        Presets.all().forEach(p -> seeds.add(ConfigJson.write(p.config())));
        SplittableRandom random = new SplittableRandom(20_261_125L);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            String input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                ConfigValidator.check(ConfigJson.read(input, "fuzz.json"));
                accepted++;
            } catch (ConfigException e) {
                assertThat(e.getMessage()).as(input).startsWith("fuzz.json");
                refused++;
            } catch (RuntimeException e) {
                fail("unexpected " + e + " for input:\n" + input, e);
            }
        }
        System.out.println("config fuzz: " + INPUTS + " mutated files, " + accepted + " read, " + refused + " refused");
        assertThat(accepted).isPositive();
        assertThat(refused).isPositive();
    }

    @Test
    void randomAssignmentsAreAppliedOrRefusedWithAMessage() {
        SplittableRandom random = new SplittableRandom(7L);
        String[] values = {"", "0", "-1", "1.5", "1e3", "abc", "true", "FALSE", "null", "[]", "[1,2]", "64,64",
                ",", "2147483648", "0x10", " 7 ", "tanh", "=", "NaN", "1,,2"};
        int applied = 0;
        for (int i = 0; i < INPUTS; i++) {
            ConfigKey key = ConfigKey.values()[random.nextInt(ConfigKey.values().length)];
            String name = random.nextInt(10) == 0 ? key.key().toUpperCase(java.util.Locale.ROOT) : key.key();
            String assignment = name + "=" + values[random.nextInt(values.length)];
            try {
                ConfigValidator.check(ConfigOverrides.apply(ExperimentConfig.defaults(), assignment));
                applied++;
            } catch (ConfigException e) {
                assertThat(e.getMessage()).as(assignment).isNotBlank();
            } catch (RuntimeException e) {
                fail("unexpected " + e + " for --set " + assignment, e);
            }
        }
        System.out.println("--set fuzz: " + INPUTS + " assignments, " + applied + " applied");
        assertThat(applied).isPositive();
    }

    private static String mutate(String text, SplittableRandom random) {
        return random.nextBoolean() ? mutateValue(text, random) : mutateCharacters(text, random);
    }

    /** Replaces one key's value with a fragment: wrong types, out-of-range numbers, broken syntax. */
    private static String mutateValue(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int at = 1 + random.nextInt(lines.size() - 2);
        String line = lines.get(at);
        int colon = line.indexOf(" : ");
        String comma = line.endsWith(",") ? "," : "";
        lines.set(at, line.substring(0, colon + 3) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + comma);
        return String.join("\n", lines);
    }

    private static String mutateCharacters(String text, SplittableRandom random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(10)) {
                case 0, 1, 2 -> s.deleteCharAt(at);
                case 3, 4, 5 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 6, 7, 8 -> s.setCharAt(at, (char) (32 + random.nextInt(95)));
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }
}
