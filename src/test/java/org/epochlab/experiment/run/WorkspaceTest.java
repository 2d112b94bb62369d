package org.epochlab.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.StopReason;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void loadingRemovesUnfinishedSavesLeftByAKillButNotOneBeingWrittenNow() throws Exception {
        Workspace workspace = Workspace.open(dir);
        Path runs = dir.resolve(Workspace.RUNS_FOLDER);
        Path abandoned = Files.writeString(runs.resolve(".abc.epochlab-run.json.123.tmp"), "{\"schemaVersion\": 1, \"ru");
        Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofMinutes(Workspace.ABANDONED_AFTER_MINUTES + 1))));
        Path current = Files.writeString(runs.resolve(".def.epochlab-run.json.456.tmp"), "{");

        Workspace.Contents contents = workspace.load();

        assertThat(abandoned).doesNotExist();
        assertThat(current).exists();
        assertThat(contents.problems()).isEmpty();
        assertThat(contents.runs()).isEmpty();
    }

    @Test
    void savedRunsAreListedOldestFirstAtTheNextLoad() throws Exception {
        Workspace workspace = Workspace.open(dir);
        RunRecord first = SampleRuns.completed();
        RunRecord older = new RunRecord(RunRecord.newId(), "older", Instant.parse("2020-01-01T00:00:00Z"),
                first.config(), first.history(), first.stopReason(), false, first.stoppedEpoch(), first.bestEpoch(),
                first.overfitEpoch(), first.restoredBest(), first.test(), 1.0, null);
        workspace.save(first);
        workspace.save(older);

        Workspace.Contents contents = Workspace.open(dir).load();

        assertThat(contents.runs()).containsExactly(older, first);
        assertThat(contents.problems()).isEmpty();
        assertThat(Files.exists(dir.resolve("runs").resolve(first.id() + ".epochlab-runs.json"))).isTrue();
    }

    @Test
    void renameAndDeleteChangeWhatTheNextLoadFinds() throws Exception {
        Workspace workspace = Workspace.open(dir);
        RunRecord a = SampleRuns.completed();
        RunRecord b = SampleRuns.withoutValidation();
        workspace.save(a);
        workspace.save(b);

        RunRecord renamed = workspace.rename(a, "zero init, sigmoid");
        workspace.delete(b.id());

        assertThat(workspace.load().runs()).containsExactly(renamed);
        assertThat(renamed.name()).isEqualTo("zero init, sigmoid");
        assertThat(renamed.history()).isEqualTo(a.history());
    }

    @Test
    void damagedFilesAreSkippedAndReportedOneMessageEach() throws Exception {
        Workspace workspace = Workspace.open(dir);
        RunRecord good = SampleRuns.completed();
        workspace.save(good);
        Path runs = dir.resolve("runs");
        String text = RunSetFile.toText(List.of(SampleRuns.completed()));
        String id = RunRecord.newId();
        Path cut = Files.writeString(runs.resolve(id + RunSetFile.EXTENSION), text.substring(0, 300));
        Path newer = Files.writeString(runs.resolve(RunRecord.newId() + RunSetFile.EXTENSION),
                "{\"schemaVersion\": 3, \"runs\": []}");
        Path misnamed = Files.writeString(runs.resolve("notes" + RunSetFile.EXTENSION), text);
        Files.createDirectory(runs.resolve(RunRecord.newId() + RunSetFile.EXTENSION));

        Workspace.Contents contents = workspace.load();

        assertThat(contents.runs()).containsExactly(good);
        assertThat(contents.problems()).hasSize(4).anySatisfy(p -> assertThat(p).startsWith(cut + " is cut short"))
                .anySatisfy(p -> assertThat(p).isEqualTo(newer + ": made by a newer Epoch Lab (schema 3); this version"
                        + " reads schema 1"))
                .anySatisfy(p -> assertThat(p).startsWith(misnamed + " is not a workspace run file"))
                .anySatisfy(p -> assertThat(p).endsWith(": it is a folder"));
        assertThat(cut).exists();
    }

    @Test
    void finishingARunTurnsItsJournalIntoARunFile() throws Exception {
        Workspace workspace = Workspace.open(dir);
        ExperimentConfig config = SampleRuns.small();
        RunJournal journal = workspace.startJournal("first try", config);
        TrainingResult result = SampleRuns.train(config, journal.asListener());

        RunRecord run = workspace.finish(journal, result, 0.5);

        assertThat(journal.file()).doesNotExist();
        assertThat(workspace.load().runs()).containsExactly(run);
        assertThat(run.name()).isEqualTo("first try");
        assertThat(run.id()).isEqualTo(journal.id());
        assertThat(run.history()).isEqualTo(result.history());
        assertThat(run.finalWeights()).isEqualTo(result.finalWeights());
        assertThat(run.interrupted()).isFalse();
    }

    @Test
    void aLeftoverJournalComesBackAsAnInterruptedRunKeepingEveryCompleteLine() throws Exception {
        Workspace workspace = Workspace.open(dir);
        ExperimentConfig config = SampleRuns.small();
        RunJournal journal = workspace.startJournal("crashed", config);
        TrainingResult result = SampleRuns.train(config, journal.asListener());
        journal.close();
        Files.writeString(journal.file(), "{\"epoch\":26,\"trainLo", StandardOpenOption.APPEND);

        Workspace.Contents contents = Workspace.open(dir).load();

        assertThat(contents.problems()).isEmpty();
        assertThat(contents.recovered()).hasSize(1);
        RunRecord run = contents.runs().get(0);
        assertThat(contents.recovered()).containsExactly(run);
        assertThat(run.id()).isEqualTo(journal.id());
        assertThat(run.interrupted()).isTrue();
        assertThat(run.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(run.history()).isEqualTo(result.history());
        assertThat(run.stoppedEpoch()).isEqualTo(25);
        assertThat(run.config()).isEqualTo(config);
        assertThat(journal.file()).doesNotExist();
        assertThat(Workspace.open(dir).load().runs()).containsExactly(run);
    }

    @Test
    void aDamagedLineInAJournalKeepsTheEpochsBeforeItAndSaysSo() throws Exception {
        Workspace workspace = Workspace.open(dir);
        ExperimentConfig config = SampleRuns.small();
        RunJournal journal = workspace.startJournal("damaged", config);
        List<EpochRecord> history = SampleRuns.train(config).history();
        journal.accept(history);
        journal.close();
        List<String> lines = Files.readAllLines(journal.file());
        lines.set(11, "#garbage#");
        Files.write(journal.file(), lines, StandardCharsets.UTF_8);

        Workspace.Contents contents = workspace.load();

        assertThat(contents.runs()).singleElement().satisfies(r -> assertThat(r.history()).isEqualTo(history.subList(0, 10)));
        assertThat(contents.problems()).containsExactly(journal.file() + " line 12 is damaged (not JSON); the run keeps"
                + " the 10 epochs before it");
    }

    @Test
    void aJournalFromANewerEpochLabIsReportedAndLeftInPlace() throws Exception {
        Workspace workspace = Workspace.open(dir);
        Path journal = Files.writeString(dir.resolve("runs").resolve(RunRecord.newId() + RunJournal.EXTENSION),
                "{\"schemaVersion\": 2, \"id\": \"?\"}\n{\"epoch\": 1}\n");

        Workspace.Contents contents = workspace.load();

        assertThat(contents.runs()).isEmpty();
        assertThat(contents.problems()).containsExactly(journal + ": made by a newer Epoch Lab (schema 2); this version"
                + " reads schema 1; it was left in place");
        assertThat(journal).exists();
    }

    @Test
    void aJournalKilledBeforeItsFirstEpochLeavesNothingBehind() throws Exception {
        Workspace workspace = Workspace.open(dir);
        RunJournal journal = workspace.startJournal("too short", SampleRuns.small());
        journal.close();

        Workspace.Contents contents = workspace.load();

        assertThat(contents.runs()).isEmpty();
        assertThat(contents.problems()).isEmpty();
        assertThat(journal.file()).doesNotExist();
    }

    @Test
    void aJournalWhoseRunWasAlreadySavedIsSimplyRemoved() throws Exception {
        Workspace workspace = Workspace.open(dir);
        ExperimentConfig config = SampleRuns.small();
        RunJournal journal = workspace.startJournal("saved", config);
        TrainingResult result = SampleRuns.train(config, journal.asListener());
        journal.close();
        RunRecord run = RunRecord.of(journal.id(), "saved", journal.created(), config, result, 1.0);
        workspace.save(run);

        Workspace.Contents contents = workspace.load();

        assertThat(contents.runs()).containsExactly(run);
        assertThat(contents.recovered()).isEmpty();
        assertThat(journal.file()).doesNotExist();
    }

    @Test
    void theJournalOfARunStillTrainingIsLeftAlone() throws Exception {
        Workspace workspace = Workspace.open(dir);
        ExperimentConfig config = SampleRuns.small();
        try (RunJournal live = workspace.startJournal("live", config)) {
            live.accept(SampleRuns.train(config).history());

            assertThat(workspace.load().runs()).isEmpty();
            assertThat(live.file()).exists();
        }
    }

    @Test
    void aContinuedRunKeepsItsIdAndItsFileGrows() throws Exception {
        Workspace workspace = Workspace.open(dir);
        ExperimentConfig shortRun = SampleRuns.small("epochs=10");
        RunJournal journal = workspace.startJournal("growing", shortRun);
        RunRecord first = workspace.finish(journal, SampleRuns.train(shortRun, journal.asListener()), 0.1);
        TrainingResult longer = SampleRuns.train(SampleRuns.small("epochs=25"));

        RunJournal more = workspace.continueJournal(first);
        more.accept(longer.history().subList(10, 25));
        more.close();
        Workspace.Contents crashed = workspace.load();

        assertThat(crashed.runs()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(first.id());
            assertThat(r.history()).isEqualTo(longer.history());
            assertThat(r.created()).isEqualTo(first.created());
        });
    }

    @Test
    void aWorkspaceThatIsAFileIsRefusedWithItsName() throws Exception {
        Path file = Files.writeString(dir.resolve("lab"), "x");

        assertThatThrownBy(() -> Workspace.open(file)).hasMessage("cannot use the workspace " + file + ": " + file
                + " is a file, not a folder");
    }

    @Test
    void aJournalThatCannotBeCreatedIsNamed() throws Exception {
        Workspace workspace = Workspace.open(dir);
        Path runs = dir.resolve("runs");
        Files.delete(runs);
        Files.writeString(runs, "in the way");

        assertThatThrownBy(() -> workspace.startJournal("x", SampleRuns.small()))
                .hasMessageStartingWith("cannot start the journal " + runs.resolve(""));
    }
}
