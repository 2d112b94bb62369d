package org.epochlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import org.epochlab.engine.EpochRecord;
import org.junit.jupiter.api.Test;

class HistoryCsvTest {

    @Test
    void theHeaderNamesEveryColumnPerLayerAndPerHiddenLayer() {
        assertThat(HistoryCsv.header(2)).containsExactly("epoch", "train_loss", "val_loss", "train_acc", "val_acc",
                "updates", "samples_seen", "learning_rate", "weight_norm_1", "weight_norm_2", "weight_norm_3",
                "grad_norm_1", "grad_norm_2", "grad_norm_3", "distinct_neurons_1", "distinct_neurons_2",
                "cosine_similarity_1", "cosine_similarity_2");
        assertThat(HistoryCsv.header(0)).endsWith("weight_norm_1", "grad_norm_1");
    }

    @Test
    void eachEpochIsOneRowWhoseNumbersReadBackToTheSameBits() throws Exception {
        List<EpochRecord> history = List.of(RunSamples.record(1, 0.1 + 0.2, Double.NaN), RunSamples.record(2, 1e-300, 2.0 / 3));

        StringWriter out = new StringWriter();
        HistoryCsv.write(history, 1, out);
        List<String> lines = out.toString().lines().toList();

        assertThat(out.toString()).endsWith("\n").doesNotContain("\r");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("epoch,train_loss,val_loss,train_acc,val_acc,updates,samples_seen,"
                + "learning_rate,weight_norm_1,weight_norm_2,grad_norm_1,grad_norm_2,distinct_neurons_1,"
                + "cosine_similarity_1");
        assertThat(lines.get(1)).isEqualTo("1,0.30000000000000004,NaN,0.51,0.41000000000000003,3,24,0.01,"
                + "0.3333333333333333,2.5,0.125,1.0E-17,3,1.1");
        String[] second = lines.get(2).split(",");
        assertThat(Double.parseDouble(second[1])).isEqualTo(1e-300);
        assertThat(Double.parseDouble(second[2])).isEqualTo(2.0 / 3);
    }

    @Test
    void anEmptyHistoryIsJustTheHeader() throws Exception {
        StringWriter out = new StringWriter();
        HistoryCsv.write(List.of(), 0, out);

        assertThat(out.toString()).isEqualTo("epoch,train_loss,val_loss,train_acc,val_acc,updates,samples_seen,"
                + "learning_rate,weight_norm_1,grad_norm_1\n");
    }
}
