package org.epochlab.export;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.epochlab.engine.EpochRecord;
import org.epochlab.engine.Evaluation;
import org.epochlab.engine.TrainingResult;
import org.epochlab.experiment.ExperimentConfig;
import org.epochlab.experiment.OverfittingReport;

/**
 * What a run came to, as JSON: how and when it stopped, the best epoch and the overfitting onset, the final
 * and test metrics, the distinct neurons per hidden layer of the final weights, the seeds, and the time
 * taken. A number that does not exist (no validation or test split, a diverged loss) is {@code null}.
 */
public final class SummaryJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SummaryJson() {
    }

    public static ObjectNode toJson(ExperimentConfig config, TrainingResult result, OverfittingReport report,
                                    double elapsedSeconds) {
        ObjectNode s = NODES.objectNode();
        s.put("name", config.name());
        s.put("dataset", config.dataset());
        s.put("stop_reason", result.stopReason().key());
        s.put("stopped_epoch", result.stoppedEpoch());
        s.put("epochs_run", result.history().size());
        epochOrNull(s, "best_epoch", report.bestEpoch());
        number(s, "best_val_loss", report.bestValLoss());
        epochOrNull(s, "overfit_epoch", report.overfitEpoch());
        s.put("restored_best_weights", result.restoredBest());
        metrics(s, "final_train", result.train());
        metrics(s, "final_val", result.validation());
        metrics(s, "test", result.test());
        ArrayNode distinct = s.putArray("distinct_neurons");
        finalRecord(result).ifPresent(r -> r.distinctNeurons().forEach(distinct::add));
        ObjectNode seeds = s.putObject("seeds");
        seeds.put("split_seed", config.splitSeed());
        seeds.put("data_seed", config.dataSeed());
        seeds.put("init_seed", config.initSeed());
        seeds.put("shuffle_seed", config.shuffleSeed());
        s.put("elapsed_seconds", Math.round(elapsedSeconds * 1000) / 1000.0);
        return s;
    }

    /** The record whose weights the run ends with: the best epoch's when they were restored, else the last. */
    static Optional<EpochRecord> finalRecord(TrainingResult result) {
        List<EpochRecord> history = result.history();
        if (history.isEmpty()) {
            return Optional.empty();
        }
        int best = result.bestEpoch();
        boolean restored = result.restoredBest() && best >= 1 && best <= history.size();
        return Optional.of(history.get(restored ? best - 1 : history.size() - 1));
    }

    private static void metrics(ObjectNode s, String prefix, Evaluation evaluation) {
        number(s, prefix + "_loss", evaluation == null ? Double.NaN : evaluation.loss());
        number(s, prefix + "_acc", evaluation == null ? Double.NaN : evaluation.accuracy());
    }

    private static void epochOrNull(ObjectNode s, String key, int epoch) {
        if (epoch > 0) {
            s.put(key, epoch);
        } else {
            s.putNull(key);
        }
    }

    private static void number(ObjectNode s, String key, double value) {
        if (Double.isFinite(value)) {
            s.put(key, value);
        } else {
            s.putNull(key);
        }
    }
}
