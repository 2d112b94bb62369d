package org.epochlab.experiment.run;

import java.nio.file.Path;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.TrainingControl;
import org.epochlab.engine.TrainingListener;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.ExperimentRunner;

/**
 * A process that trains a very long run with a journal in the workspace given as its argument, prints
 * "on disk N" once at least {@value #REPORT_AFTER} epochs have reached the journal file, and trains on until
 * it is killed.
 */
public final class JournalledTraining {

    static final int REPORT_AFTER = 200;

    private JournalledTraining() {
    }

    /** The config the process trains: long enough never to finish before it is killed. */
    static ExperimentConfig config() {
        return SampleRuns.small("name=killed", "epochs=100000");
    }

    public static void main(String[] args) throws Exception {
        Workspace workspace = Workspace.open(Path.of(args[0]));
        RunJournal journal = workspace.startJournal("killed", config());
        TrainingListener listener = new TrainingListener() {
            private boolean reported;

            @Override
            public void onEpoch(EpochRecord record) {
                journal.accept(java.util.List.of(record));
                int onDisk = journal.epochsOnDisk();
                if (!reported && onDisk >= REPORT_AFTER) {
                    reported = true;
                    System.out.println("on disk " + onDisk);
                    System.out.flush();
                }
            }
        };
        ExperimentRunner.run(ExperimentRunner.prepare(config()), listener, new TrainingControl());
    }
}
