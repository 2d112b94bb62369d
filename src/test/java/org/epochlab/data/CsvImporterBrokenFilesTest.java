package org.epochlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvImporterBrokenFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path file, String labelColumn) {
        return assertThatThrownBy(() -> CsvImporter.read(file, labelColumn)).isInstanceOf(DataFormatException.class);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path file) {
        return assertRefused(file, null);
    }

    @ParameterizedTest(name = "''{0}'' on line 3 of column b: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``        | missing value
            `  `      | missing value
            NA        | missing value ('NA')
            ?         | missing value ('?')
            abc       | 'abc' is not a number
            1.2.3     | '1.2.3' is not a number
            0x10      | '0x10' is not a number
            2,5       | '2,5' is not a number
            NaN       | 'NaN' is not a finite number
            -Infinity | '-Infinity' is not a finite number
            1e999     | '1e999' is too large (not a finite number)
            """)
    void aBadNumberIsReportedWithFileLineAndColumn(String cell, String problem) throws IOException {
        Path file = write("broken.csv", "a,b,label\n1,2,x\n3,\"" + cell + "\",y\n");

        assertRefused(file).hasMessage("broken.csv line 3, column 2 (b): " + problem);
    }

    @Test
    void lineNumbersCountBlankLinesAndTheHeader() throws IOException {
        Path file = write("iris.csv", "sepal_length,sepal_width,label\n\n5.1,3.5,setosa\n\n4.9,abc,setosa\n");

        assertRefused(file).hasMessage("iris.csv line 5, column 2 (sepal_width): 'abc' is not a number");
    }

    @Test
    void aMissingLabelIsReported() throws IOException {
        Path file = write("broken.csv", "a,b,label\n1,2,x\n3,4,  \n");

        assertRefused(file).hasMessage("broken.csv line 3, column 3 (label): missing label");
    }

    @ParameterizedTest(name = "a row of {1} fields")
    @CsvSource(delimiter = '|', textBlock = """
            1,2       | 2
            1,2,x,9   | 4
            1;2;x     | 1
            """)
    void aRaggedRowIsReportedWithItsFieldCount(String row, int fields) throws IOException {
        Path file = write("ragged.csv", "a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n9,1,x\n" + row + "\n");

        assertRefused(file).hasMessage("ragged.csv line 7 has " + fields + " fields, the header has 3");
    }

    @ParameterizedTest(name = "empty: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``
            `\n\n   \n`
            """)
    void anEmptyFileIsReported(String text) throws IOException {
        Path file = write("empty.csv", text.replace("\\n", "\n"));

        assertRefused(file).hasMessage("empty.csv is empty: expected a header row and rows of data");
    }

    @Test
    void aHeaderWithoutRowsIsReported() throws IOException {
        Path file = write("header.csv", "a,b,label\n\n,,\n");

        assertRefused(file).hasMessage("header.csv has a header row but no rows of data");
    }

    @Test
    void duplicateColumnNamesAreReported() throws IOException {
        Path file = write("dup.csv", "a,b,a,label\n1,2,3,x\n");

        assertRefused(file).hasMessage("dup.csv line 1, column 3: the name 'a' is also the name of column 1;"
                + " column names must be unique");
    }

    @Test
    void aColumnWithoutANameIsReported() throws IOException {
        Path file = write("noname.csv", "a, ,label\n1,2,x\n");

        assertRefused(file).hasMessage("noname.csv line 1, column 2: the column has no name");
    }

    @Test
    void aHeaderOfOneColumnIsReported() throws IOException {
        Path file = write("one.csv", "a|b|label\n1|2|x\n");

        assertRefused(file).hasMessage("one.csv line 1: the header has only one column ('a|b|label'); a dataset"
                + " needs feature columns and a label column, separated by commas, semicolons or tabs");
    }

    @Test
    void aFirstRowOfDataInsteadOfAHeaderIsReported() throws IOException {
        Path file = write("noheader.csv", "5.1,3.5,1.4,0.2,setosa\n4.9,3.0,1.4,0.2,setosa\n");

        assertRefused(file).hasMessage("noheader.csv line 1: the first row looks like data (5.1, 3.5, 1.4, …),"
                + " not a header; add a first row that names the columns");
    }

    @Test
    void wholeNumbersAsColumnNamesAreAccepted() throws Exception {
        Path file = write("numbered.csv", "0,1,2\n1.5,2,x\n3,4,y\n5,6,x\n7,8,y\n");

        assertThat(CsvImporter.read(file, null).featureNames()).containsExactly("0", "1");
    }

    @Test
    void anUnknownLabelColumnListsTheColumns() throws IOException {
        Path file = write("data.csv", "a,b,label\n1,2,x\n3,4,y\n");

        assertRefused(file, "species").hasMessage("data.csv: there is no label column named 'species';"
                + " the columns are a, b, label");
    }

    @Test
    void aSingleClassIsReported() throws IOException {
        Path file = write("one-class.csv", "a,b,label\n1,2,x\n3,4,x\n5,6,x\n");

        assertRefused(file).hasMessage("one-class.csv: the label column 'label' has only one class ('x');"
                + " a classifier needs at least two");
    }

    @Test
    void aLabelColumnWithNearlyOneClassPerRowIsReported() throws IOException {
        Path file = write("ids.csv", "id,a,b\n1,0.5,7\n2,0.1,8\n3,0.2,9\n4,0.3,7\n5,0.3,8\n");

        assertRefused(file, "id").hasMessage("ids.csv: the label column 'id' has 5 classes in 5 rows; each class"
                + " needs 2 rows on average (is it the right label column?)");
    }

    @Test
    void tooManyClassesAreReportedWhileReading() throws IOException {
        Path file = write("classes.csv", "a,label\n" + "1,x\n".repeat(5) + "1,y\n1,z\n1,w\n");
        CsvImporter.Limits limits = new CsvImporter.Limits(1_000_000, 100, 10, 1_000, 2);

        assertThatThrownBy(() -> CsvImporter.read(file, null, limits))
                .hasMessage("classes.csv: the label column 'label' has more than 2 classes; the lab handles up to 2"
                        + " (is it the right label column?)");
    }

    @Test
    void aFileThatDoesNotExistIsNamed() {
        Path file = dir.resolve("missing.csv");

        assertRefused(file).hasMessage(file + " does not exist");
    }

    @Test
    void aFileInAFolderThatDoesNotExistNamesTheFolder() {
        Path file = dir.resolve("nowhere").resolve("data.csv");

        assertRefused(file).hasMessage(file + " does not exist (there is no folder " + file.getParent() + ")");
    }

    @Test
    void aFolderIsNotAFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("data.csv"));

        assertRefused(folder).hasMessage(folder + " is a folder, not a CSV file");
    }

    @Test
    void aStreamThatFailsToReadIsReported() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        };

        assertThatThrownBy(() -> CsvImporter.read("usb.csv", failing, null))
                .isInstanceOf(DataFormatException.class)
                .hasMessage("usb.csv cannot be read: Input/output error");
    }

    @Test
    void latin1TextIsReportedWithTheLineOfTheFirstBadByte() throws IOException {
        String text = "x,y,city\n" + "1,1,Paris\n".repeat(5000) + "2,2,Zürich\n";
        Path file = write("cities.csv", text.getBytes(StandardCharsets.ISO_8859_1));

        // the bad byte sits on line 5002, far beyond the first buffer the decoder fills
        assertRefused(file).hasMessage("cities.csv line 5002: byte 0xFC is not valid UTF-8 (the file may be in"
                + " Latin-1 or Windows-1252): save it as CSV in UTF-8");
    }

    @Test
    void utf16TextIsReported() throws IOException {
        Path file = write("wide.csv", "a,b,label\n1,2,x\n".getBytes(StandardCharsets.UTF_16));

        assertRefused(file).hasMessage("wide.csv is UTF-16 text: save it as CSV in UTF-8");
    }

    @Test
    void aSpreadsheetIsReported() throws IOException {
        Path file = write("book.csv", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});

        assertRefused(file).hasMessage("book.csv is a zip archive or an Excel workbook (.xlsx), not a CSV file:"
                + " save it as CSV (UTF-8)");
    }

    @Test
    void aBinaryFileIsReported() throws IOException {
        Path file = write("image.csv", new byte[] {'a', ',', 'b', 0, 0, 1, 2});

        assertRefused(file).hasMessage("image.csv contains NUL bytes: it is a binary file or UTF-16 text,"
                + " not a UTF-8 CSV file");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() throws IOException {
        Path file = write("quote.csv", "a,b,label\n1,2,x\n3,\"4,y\n5,6,x\n7,8,y\n");

        assertRefused(file).hasMessage("quote.csv line 3, column 2 (b): a quoted value runs over several lines;"
                + " is a closing quote (\") missing?");
    }

    @Test
    void textAfterAClosingQuoteIsReported() throws IOException {
        Path file = write("quote.csv", "a,b,label\n1,2,x\n3,\"4\"5,y\n");

        assertRefused(file).hasMessage("quote.csv line 3: unexpected character '5' after a closing quote; a value"
                + " with quotes inside must be quoted as a whole, with each inner quote doubled (\"\")");
    }

    @Test
    void aDamagedGzipFileIsReported() throws IOException {
        byte[] gz = gzip("a,b,label\n" + "1,2,x\n3,4,y\n".repeat(1000));
        Path truncated = write("cut.csv.gz", Arrays.copyOf(gz, gz.length / 2));

        assertRefused(truncated).hasMessageStartingWith("cut.csv.gz is a damaged gzip file (");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(150L * 1024 * 1024); // sparse: no data written, nothing read
        }

        assertRefused(file).hasMessage("huge.csv is 150 MB; the lab reads CSV files up to 100 MB");
    }

    @Test
    void aGzipFileThatUnpacksBeyondTheLimitIsRefused() throws IOException {
        Path file = write("bomb.csv.gz", gzip("a,b,label\n" + "1,2,x\n".repeat(200_000)));
        CsvImporter.Limits limits = new CsvImporter.Limits(1024 * 1024, 1_000_000, 10, 10_000_000, 10);

        assertThat(Files.size(file)).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> CsvImporter.read(file, null, limits))
                .hasMessage("bomb.csv.gz is larger than 1 MB (unpacked); the lab reads CSV files up to 1 MB");
    }

    @Test
    void moreRowsThanTheLimitAreRefused() throws IOException {
        int rows = CsvImporter.MAX_ROWS + 1;
        Path file = write("long.csv", "a,label\n" + "1,x\n2,y\n".repeat(rows / 2) + "1,x\n");

        assertRefused(file).hasMessage("long.csv has more than 200,000 rows of data; the lab reads up to 200,000");
    }

    @Test
    void moreValuesThanTheLimitAreRefusedWithTheReason() throws IOException {
        Path file = write("wide.csv", "a,b,c,d,label\n" + "1,2,3,4,x\n".repeat(30));
        CsvImporter.Limits limits = new CsvImporter.Limits(1_000_000, 1_000, 10, 100, 10);

        assertThatThrownBy(() -> CsvImporter.read(file, null, limits))
                .hasMessage("wide.csv has more than 25 rows of data; the lab reads up to 25 with 4 feature columns"
                        + " (100 values in all)");
    }

    @Test
    void moreColumnsThanTheLimitAreRefused() throws IOException {
        Path file = write("cols.csv", "a,b,c,d,label\n1,2,3,4,x\n");
        CsvImporter.Limits limits = new CsvImporter.Limits(1_000_000, 1_000, 4, 1_000, 10);

        assertThatThrownBy(() -> CsvImporter.read(file, null, limits))
                .hasMessage("cols.csv line 1: the header has 5 columns; the lab reads up to 4");
    }

    @Test
    void aFirstLineOfAMillionCharactersIsNotTakenForAHeader() throws IOException {
        Path file = write("blob.csv", "x".repeat(CsvImporter.MAX_HEADER_CHARS + 10));

        assertRefused(file).hasMessage("blob.csv line 1 is longer than 1,000,000 characters: this does not look"
                + " like a CSV header row");
    }

    @Test
    void aStreamIsNamedBySourceInMessages() {
        InputStream in = new ByteArrayInputStream("a,label\nq,x\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CsvImporter.read("pasted data", in, null))
                .hasMessage("pasted data line 2, column 1 (a): 'q' is not a number");
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
