package org.epochlab.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.LayerWeights;
import org.epochlab.engine.NetworkWeights;
import org.epochlab.engine.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSetFileTest {

    @TempDir
    Path dir;

    @Test
    void aSavedSetOfRunsOpensAgainWithIdenticalHistoriesBitForBit() throws Exception {
        List<RunRecord> runs = SampleRuns.set();
        Path file = dir.resolve("lesson" + RunSetFile.EXTENSION);

        RunSetFile.write(file, runs);
        List<RunRecord> back = RunSetFile.read(file);

        assertThat(back).isEqualTo(runs);
        for (int r = 0; r < runs.size(); r++) {
            assertThat(bits(back.get(r).history())).isEqualTo(bits(runs.get(r).history()));
        }
        assertThat(back.get(0).finalWeights()).isNotNull().isEqualTo(runs.get(0).finalWeights());
        assertThat(back.get(0).testScore()).isPresent();
        assertThat(back.get(1).stopReason()).isEqualTo(StopReason.DIVERGED);
        assertThat(back.get(2).history()).allSatisfy(e -> assertThat(e.valLoss()).isNaN());
    }

    @Test
    void everyDoubleComesBackToTheSameBitsIncludingNegativeZeroSubnormalsAndInfinities() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        List<EpochRecord> history = new ArrayList<>();
        double[] special = {-0.0, 0.0, Double.MIN_VALUE, -Double.MIN_NORMAL / 3, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1, 1.0 / 3};
        for (int e = 1; e <= 500; e++) {
            double[] v = new double[9];
            for (int i = 0; i < v.length; i++) {
                v[i] = e <= special.length ? special[(e + i) % special.length] : randomDouble(random);
            }
            history.add(new EpochRecord(e, v[0], v[1], v[2], v[3], random.nextLong(), random.nextLong(), v[4],
                    List.of(v[5], v[6]), List.of(v[7], v[8]), List.of(random.nextInt()), List.of(v[0])));
        }
        double[] w = {randomDouble(random), Double.NaN, -0.0, Double.NEGATIVE_INFINITY};
        NetworkWeights weights = new NetworkWeights(List.of(new LayerWeights(2, 1, new double[] {w[0], w[1]},
                new double[] {w[2]}), new LayerWeights(1, 1, new double[] {w[3]}, new double[] {Double.MIN_VALUE})));
        RunRecord run = new RunRecord(RunRecord.newId(), "bits", Instant.EPOCH, SampleRuns.small(), history,
                StopReason.COMPLETED, false, 500, 0, 0, false, new RunRecord.Score(-0.0, Double.NaN), 1e-300, weights);
        Path file = dir.resolve("bits" + RunSetFile.EXTENSION);

        RunSetFile.write(file, List.of(run));
        RunRecord back = RunSetFile.read(file).get(0);

        assertThat(back).isEqualTo(run);
        assertThat(bits(back.history())).isEqualTo(bits(history));
        assertThat(Double.doubleToRawLongBits(back.test().loss())).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(back.finalWeights().layer(0).weightsRowMajor()).containsExactly(w[0], Double.NaN);
    }

    @Test
    void aFileCutShortSaysSoAndNamesTheFile() throws Exception {
        String text = RunSetFile.toText(List.of(SampleRuns.completed()));
        Path file = Files.writeString(dir.resolve("cut" + RunSetFile.EXTENSION), text.substring(0, text.length() / 2));

        assertThatThrownBy(() -> RunSetFile.read(file)).isInstanceOf(RunFileException.class)
                .hasMessageStartingWith(file + " is cut short (line ")
                .hasMessageEndingWith(": it was probably not saved completely");
    }

    @Test
    void aFileThatIsNotJsonSaysWhere() throws Exception {
        Path file = Files.writeString(dir.resolve("notes" + RunSetFile.EXTENSION), "epoch,loss\n1,0.5\n");

        assertThatThrownBy(() -> RunSetFile.read(file)).isInstanceOf(RunFileException.class)
                .hasMessageStartingWith(file + " (line 1, column 6): not JSON (");
    }

    @Test
    void aFileFromANewerEpochLabNamesBothSchemaVersions() throws Exception {
        Path file = Files.writeString(dir.resolve("new" + RunSetFile.EXTENSION), "{\"schemaVersion\": 3, \"runs\": []}");

        assertThatThrownBy(() -> RunSetFile.read(file)).isInstanceOf(RunFileException.class)
                .hasMessage(file + ": made by a newer Epoch Lab (schema 3); this version reads schema 1");
    }

    @Test
    void aMissingOrUnknownMemberIsNamedWithItsPlace() throws Exception {
        ObjectNode root = (ObjectNode) RunJson.MAPPER.readTree(RunSetFile.toText(List.of(SampleRuns.completed())));
        ObjectNode run = (ObjectNode) root.get("runs").get(0);
        run.remove("history");
        String missing = root.toString();
        run.put("colour", "red");
        String unknown = root.toString();

        assertThatThrownBy(() -> RunSetFile.read(missing, "a.json")).isInstanceOf(RunFileException.class)
                .hasMessage("a.json: runs[0] has no 'history'");
        assertThatThrownBy(() -> RunSetFile.read(unknown, "a.json")).isInstanceOf(RunFileException.class)
                .hasMessage("a.json: runs[0] has an unknown member 'colour'");
        assertThatThrownBy(() -> RunSetFile.read("{\"schemaVersion\":1,\"runs\":[{\"id\":\"x\"}]}", "b.json"))
                .hasMessage("b.json: runs[0].id must be a run id (a UUID), got \"x\"");
        assertThatThrownBy(() -> RunSetFile.read("{\"schemaVersion\":1}", "c.json"))
                .hasMessage("c.json: the file has no 'runs'");
        assertThatThrownBy(() -> RunSetFile.read("{\"schemaVersion\":1,\"runs\":[],\"x\":0}", "c.json"))
                .hasMessage("c.json: the file has an unknown member 'x'");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithItsPathAndValue() throws Exception {
        String text = RunSetFile.toText(List.of(SampleRuns.completed()));
        String broken = text.replaceFirst("(\"epoch\":2,\"trainLoss\":[^,]*,\"trainAccuracy\":[^,]*,\"valLoss\":)[^,]*",
                "$1true");

        assertThatThrownBy(() -> RunSetFile.read(broken, "c.json")).isInstanceOf(RunFileException.class)
                .hasMessage("c.json: runs[0].history[1].valLoss must be a number (or \"NaN\", \"Infinity\", "
                        + "\"-Infinity\"), got true");
    }

    @Test
    void aConfigProblemInsideARunIsNamedByTheConfigReader() throws Exception {
        String text = RunSetFile.toText(List.of(SampleRuns.completed())).replaceFirst("\"epochs\":25", "\"epochs\":\"many\"");

        assertThatThrownBy(() -> RunSetFile.read(text, "d.json")).isInstanceOf(RunFileException.class)
                .hasMessage("d.json: runs[0].config: epochs must be an integer, got \"many\"");
    }

    @Test
    void epochsOutOfOrderAreRefused() throws Exception {
        String text = RunSetFile.toText(List.of(SampleRuns.completed())).replaceFirst("\"epoch\":3,", "\"epoch\":4,");

        assertThatThrownBy(() -> RunSetFile.read(text, "e.json")).isInstanceOf(RunFileException.class)
                .hasMessage("e.json: runs[0].history[2].epoch is 4, expected 3 (epochs run 1, 2, 3, …)");
    }

    @Test
    void emptyMissingFolderAndNonUtf8FilesAreNamed() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "  \n");
        Path missing = dir.resolve("missing.json");
        Path binary = Files.write(dir.resolve("binary.json"), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});

        assertThatThrownBy(() -> RunSetFile.read(empty)).hasMessage(empty + " is empty");
        assertThatThrownBy(() -> RunSetFile.read(missing)).hasMessage("cannot read " + missing + ": it does not exist");
        assertThatThrownBy(() -> RunSetFile.read(dir)).hasMessage("cannot read " + dir + ": it is a folder");
        assertThatThrownBy(() -> RunSetFile.read(binary)).hasMessage(binary + " is not a run file: it is not UTF-8 text");
    }

    @Test
    void aConfigFileOpenedAsARunFileIsRecognised() throws Exception {
        Path file = Files.writeString(dir.resolve("config.json"), "{\"epochs\": 10}");
        Path array = Files.writeString(dir.resolve("list.json"), "[1, 2]");

        assertThatThrownBy(() -> RunSetFile.read(file))
                .hasMessage(file + ": not an Epoch Lab run file: it has no schemaVersion");
        assertThatThrownBy(() -> RunSetFile.read(array))
                .hasMessage(array + " is not an Epoch Lab run file: it holds a list, not an object with schemaVersion"
                        + " and runs");
    }

    @Test
    void writingIntoAMissingFolderNamesTheFolder() {
        Path file = dir.resolve("no such folder").resolve("runs" + RunSetFile.EXTENSION);

        assertThatThrownBy(() -> RunSetFile.write(file, List.of()))
                .hasMessage("cannot write " + file + ": the folder " + file.getParent() + " does not exist");
    }

    @Test
    void theFileIsCompactJsonWithOneLinePerRun() throws Exception {
        String text = RunSetFile.toText(SampleRuns.set());

        assertThat(text.lines()).hasSize(4);
        assertThat(text).startsWith("{\"schemaVersion\":1,\"runs\":[\n{\"id\":").endsWith("]}\n");
        assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("\"NaN\"");
    }

    private static double randomDouble(SplittableRandom random) {
        return Double.longBitsToDouble(random.nextLong());
    }

    /** Every double of the history as its raw bits, NaN included (as canonical NaN). */
    static List<Long> bits(List<EpochRecord> history) {
        List<Long> bits = new ArrayList<>();
        for (EpochRecord e : history) {
            for (double d : new double[] {e.trainLoss(), e.trainAccuracy(), e.valLoss(), e.valAccuracy(),
                e.learningRate()}) {
                bits.add(Double.doubleToLongBits(d));
            }
            e.weightNorms().forEach(d -> bits.add(Double.doubleToLongBits(d)));
            e.gradientNorms().forEach(d -> bits.add(Double.doubleToLongBits(d)));
            e.meanCosineSimilarity().forEach(d -> bits.add(Double.doubleToLongBits(d)));
            bits.add(e.updates());
            bits.add(e.samplesSeen());
        }
        return bits;
    }
}
