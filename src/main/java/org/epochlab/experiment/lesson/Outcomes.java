package org.epochlab.experiment.lesson;

import java.util.List;

/** A lesson's finished runs in the lesson's order, looked up by preset name in its check. */
public record Outcomes(List<RunOutcome> all) {

    public Outcomes {
        all = List.copyOf(all);
    }

    /** The run of the preset {@code presetName}. */
    public RunOutcome get(String presetName) {
        return all.stream().filter(o -> o.run().presetName().equals(presetName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run of preset " + presetName + " among "
                        + all.stream().map(o -> o.run().presetName()).toList()));
    }
}
