package org.epochlab.export.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.StringWriter;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.epochlab.engine.Samples;
import org.epochlab.experiment.PreparedExperiment;
import org.junit.jupiter.api.Test;

/** The exported CSV holds exactly the rows the lab trains, validates and tests on. */
class ExportedDataCsvTest {

    private static List<CsvRecord> write(PreparedExperiment prepared) throws Exception {
        StringWriter out = new StringWriter();
        ExportedDataCsv.write(prepared, out);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(out.toString())) {
            return reader.stream().toList();
        }
    }

    @Test
    void everySplitsRowsComeOutScaledInTheLabsOrderToTheLastBit() throws Exception {
        PreparedExperiment prepared = ExportFixtures.prepared("overfitting");
        List<CsvRecord> records = write(prepared);

        assertThat(records.get(0).getFields()).containsExactly("x1", "x2", "label", "split");
        Samples train = prepared.split().train();
        Samples validation = prepared.split().validation();
        Samples test = prepared.split().test();
        assertThat(records).hasSize(1 + train.rows() + validation.rows() + test.rows());
        assertRows(records, 1, train, "train");
        assertRows(records, 1 + train.rows(), validation, "validation");
        assertRows(records, 1 + train.rows() + validation.rows(), test, "test");
    }

    @Test
    void theFeaturesAreTheStandardizedOnesWhenTheConfigStandardizes() throws Exception {
        PreparedExperiment prepared = ExportFixtures.prepared("wine");
        List<CsvRecord> records = write(prepared);
        int features = prepared.dataset().features();
        int trainRows = prepared.split().train().rows();

        for (int j = 0; j < features; j++) {
            double sum = 0;
            for (int i = 1; i <= trainRows; i++) {
                sum += Double.parseDouble(records.get(i).getField(j));
            }
            assertThat(sum / trainRows).as("training mean of column %d", j).isCloseTo(0.0, offset(1e-9));
        }
        assertThat(records.get(0).getFields()).hasSize(features + 2).endsWith("label", "split");
    }

    private static void assertRows(List<CsvRecord> records, int first, Samples samples, String split) {
        for (int i = 0; i < samples.rows(); i++) {
            CsvRecord record = records.get(first + i);
            for (int j = 0; j < samples.cols(); j++) {
                assertThat(Double.parseDouble(record.getField(j))).isEqualTo(samples.feature(i, j));
            }
            assertThat(Integer.parseInt(record.getField(samples.cols()))).isEqualTo(samples.label(i));
            assertThat(record.getField(samples.cols() + 1)).isEqualTo(split);
        }
    }
}
