package org.epochlab.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunJournalTest {

    @TempDir
    Path dir;

    @Test
    void batchesOfAnySizeArriveInOrderAsOneLinePerEpochAfterAHeaderWithTheConfig() throws Exception {
        Workspace workspace = Workspace.open(dir);
        List<EpochRecord> history = SampleRuns.train(SampleRuns.small("epochs=60")).history();
        RunJournal journal = workspace.startJournal("batches", SampleRuns.small("epochs=60"));

        for (int from = 0; from < history.size(); from += 7) {
            journal.accept(history.subList(from, Math.min(history.size(), from + 7)));
        }
        journal.accept(List.of());
        journal.close();
        journal.accept(history.subList(0, 3));

        JournalReader.Contents read = JournalReader.read(Files.readAllBytes(journal.file()), "j");
        assertThat(read.history()).isEqualTo(history);
        assertThat(read.problem()).isNull();
        assertThat(read.config()).isEqualTo(SampleRuns.small("epochs=60"));
        assertThat(read.id()).isEqualTo(journal.id());
        assertThat(journal.epochsOnDisk()).isEqualTo(60);
        assertThat(journal.failure()).isEmpty();
        assertThat(Files.readAllLines(journal.file())).hasSize(61);
    }

    @Test
    void aJournalCannotBeOpenedTwice() throws Exception {
        Workspace workspace = Workspace.open(dir);
        RunRecord run = SampleRuns.completed();
        try (RunJournal first = workspace.continueJournal(run)) {
            assertThat(first.epochsOnDisk()).isEqualTo(run.epochs());

            assertThatThrownBy(() -> workspace.continueJournal(run))
                    .hasMessage("cannot start the journal " + first.file() + ": it is already open");
        }
    }
}
