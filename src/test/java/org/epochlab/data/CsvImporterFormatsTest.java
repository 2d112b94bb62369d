package org.epochlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.epochlab.engine.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvImporterFormatsTest {

    @TempDir
    Path dir;

    private Dataset read(String text, String labelColumn) throws IOException, DataFormatException {
        return CsvImporter.read(Files.writeString(dir.resolve("data.csv"), text), labelColumn);
    }

    private static double[] row(Dataset data, int row) {
        double[] values = new double[data.features()];
        data.samples().copyRow(row, values, 0);
        return values;
    }

    @ParameterizedTest(name = "separator {0}")
    @CsvSource({"comma, 44", "semicolon, 59", "tab, 9"})
    void detectsTheSeparatorFromTheHeaderLine(String name, int code) throws Exception {
        String separator = String.valueOf((char) code);
        String text = String.join(separator, "a", "b", "label") + "\n"
                + String.join(separator, "1.5", "-2", "x") + "\n"
                + String.join(separator, "3", "4e-1", "y") + "\n"
                + String.join(separator, "5", "6", "x") + "\n"
                + String.join(separator, "7", "8", "y") + "\n";

        Dataset data = read(text, null);

        assertThat(data.featureNames()).containsExactly("a", "b");
        assertThat(row(data, 0)).containsExactly(1.5, -2.0);
        assertThat(row(data, 1)).containsExactly(3.0, 0.4);
    }

    @Test
    void acceptsDecimalCommasWhenSemicolonsSeparate() throws Exception {
        Dataset data = read("a;b;label\n1,5;2;x\n-0,25;3;y\n1;1;x\n2;2;y\n", null);

        assertThat(row(data, 0)).containsExactly(1.5, 2.0);
        assertThat(row(data, 1)).containsExactly(-0.25, 3.0);
    }

    @Test
    void toleratesAByteOrderMarkCrLfLineEndsQuotesSpacesAndBlankTrailingLines() throws Exception {
        String text = "\uFEFF\"a\", b ,label\r\n\" 1\",2 ,x\r\n3,4,y\r\n5,6,x\r\n7,8,y\r\n\r\n  \r\n,,\r\n\r\n";

        Dataset data = read(text, null);

        assertThat(data.featureNames()).containsExactly("a", "b");
        assertThat(data.size()).isEqualTo(4);
        assertThat(row(data, 0)).containsExactly(1.0, 2.0);
    }

    @Test
    void takesTheLabelColumnByNameAnywhereAndCaseInsensitively() throws Exception {
        Dataset data = read("a,Species,b\n1,cat,2\n3,dog,4\n5,cat,6\n7,dog,8\n", "species");

        assertThat(data.featureNames()).containsExactly("a", "b");
        assertThat(data.classNames()).containsExactly("cat", "dog");
        assertThat(row(data, 1)).containsExactly(3.0, 4.0);
        assertThat(data.samples().labels()).containsExactly(0, 1, 0, 1);
    }

    @Test
    void textLabelsAreNumberedInOrderOfFirstAppearance() throws Exception {
        Dataset data = read("a,label\n1,zebra\n2,ant\n3,zebra\n4,moth\n5,ant\n6,moth\n", null);

        assertThat(data.classNames()).containsExactly("zebra", "ant", "moth");
        assertThat(data.samples().labels()).containsExactly(0, 1, 0, 2, 1, 2);
    }

    @Test
    void numericLabelsAreOrderedByValueNotByText() throws Exception {
        Dataset data = read("a,label\n1,10\n2,2\n3,-1\n4,2.0\n5,10\n6,-1\n", null);

        assertThat(data.classNames()).containsExactly("-1", "2", "10");
        assertThat(data.samples().labels()).containsExactly(2, 1, 0, 1, 2, 0);
    }

    @Test
    void readsGzipByContentWhateverTheName() throws Exception {
        Path file = Files.write(dir.resolve("packed.csv"),
                CsvImporterBrokenFilesTest.gzip("a,label\n1,x\n2,y\n3,x\n4,y\n"));

        Dataset data = CsvImporter.read(file, null);

        assertThat(data.size()).isEqualTo(4);
        assertThat(data.classNames()).containsExactly("x", "y");
    }

    @Test
    void readsFromAStreamUnderTheGivenName() throws Exception {
        byte[] bytes = "a,label\n1,x\n2,y\n3,x\n4,y\n".getBytes(StandardCharsets.UTF_8);

        Dataset data = CsvImporter.read("pasted", new ByteArrayInputStream(bytes), null);

        assertThat(data.name()).isEqualTo("pasted");
        assertThat(data.samples()).isEqualTo(Samples.of(new double[][] {{1}, {2}, {3}, {4}}, new int[] {0, 1, 0, 1}, 2));
    }

    @Test
    void acceptsNonAsciiNamesAndLabels() throws Exception {
        Dataset data = read("größe,länge,Art\n1,2,Äpfel\n3,4,Birnen\n5,6,Äpfel\n7,8,Birnen\n", null);

        assertThat(data.featureNames()).containsExactly("größe", "länge");
        assertThat(data.classNames()).containsExactly("Äpfel", "Birnen");
    }
}
