package org.epochlab.export.code;

import org.epochlab.experiment.PreparedExperiment;

/**
 * Writes a single Python file that rebuilds a prepared experiment in a framework. The script reads the rows
 * from {@value ScriptExport#DATA_CSV} and, on request, the lab's initial weights from
 * {@value ScriptExport#WEIGHTS_INITIAL}, both beside it ({@link ScriptExport} writes all of them).
 */
public interface ScriptExporter {

    ScriptFramework framework();

    /** The script's text: deterministic, so the same experiment gives the same bytes. */
    String script(PreparedExperiment prepared);
}
