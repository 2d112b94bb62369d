package org.epochlab.ui.runs;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.epochlab.experiment.run.RunRecord;

/** One row of the run history: the run as last saved, and whether it is laid over the chart. FX thread only. */
public final class RunRow {

    private final ReadOnlyObjectWrapper<RunRecord> run;
    private final BooleanProperty overlaid = new SimpleBooleanProperty(this, "overlaid");

    RunRow(RunRecord run) {
        this.run = new ReadOnlyObjectWrapper<>(this, "run", run);
    }

    public RunRecord run() {
        return run.get();
    }

    public ReadOnlyObjectProperty<RunRecord> runProperty() {
        return run.getReadOnlyProperty();
    }

    void setRun(RunRecord next) {
        run.set(next);
    }

    /** Ticked: the run's curves are drawn dashed over the current run's. */
    public BooleanProperty overlaidProperty() {
        return overlaid;
    }

    public boolean isOverlaid() {
        return overlaid.get();
    }

    public void setOverlaid(boolean on) {
        overlaid.set(on);
    }
}
