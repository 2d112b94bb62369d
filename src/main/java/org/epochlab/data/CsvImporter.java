package org.epochlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads a classification dataset from CSV: a header row naming the columns, numeric feature columns, and one
 * label column (chosen by name, else the last) holding class names or class numbers.
 *
 * <ul>
 *   <li>Gzip-compressed files ({@code .csv.gz}) are recognised by content and unpacked.</li>
 *   <li>Text must be UTF-8; a byte order mark is allowed.</li>
 *   <li>The separator (comma, semicolon or tab) is whichever occurs most often in the header line;
 *       with semicolons a decimal comma is accepted ({@code 1,5}).</li>
 *   <li>Blank lines, and lines whose fields are all blank, are skipped.</li>
 *   <li>Numeric labels give classes in numeric order; text labels in order of first appearance.</li>
 *   <li>Limits: {@link #MAX_BYTES} bytes (checked before reading, and again after decompression),
 *       {@link #MAX_ROWS} rows, {@link #MAX_COLUMNS} columns, {@link #MAX_VALUES} feature values,
 *       {@link #MAX_CLASSES} classes.</li>
 * </ul>
 *
 * Anything else ends in a {@link DataFormatException} whose message names the file and, where there is
 * one, the line and the column (number and name): never in an unchecked exception.
 */
public final class CsvImporter {

    /** Largest file accepted, in bytes (also the limit on a gzip file's unpacked content): 100 MB. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;
    /** Most data rows accepted. */
    public static final int MAX_ROWS = 200_000;
    /** Most columns accepted, the label column included. */
    public static final int MAX_COLUMNS = 10_000;
    /** Most feature values (rows × feature columns) accepted: 160 MB as doubles. */
    public static final long MAX_VALUES = 20_000_000L;
    /** Most classes accepted. */
    public static final int MAX_CLASSES = 1_000;

    static final int MAX_HEADER_CHARS = 1_000_000;

    /** The limits a read enforces; tests use smaller ones. */
    record Limits(long bytes, int rows, int columns, long values, int classes) {

        static final Limits DEFAULT = new Limits(MAX_BYTES, MAX_ROWS, MAX_COLUMNS, MAX_VALUES, MAX_CLASSES);
    }

    private CsvImporter() {
    }

    /**
     * Reads a CSV file after checking that it exists, is a readable regular file and is not over
     * {@link #MAX_BYTES}. The dataset is named after the file.
     *
     * @param labelColumn the label column's name (case-insensitive if unambiguous), or null or blank for the
     *                    last column
     */
    public static Dataset read(Path file, String labelColumn) throws DataFormatException {
        return read(file, labelColumn, Limits.DEFAULT);
    }

    static Dataset read(Path file, String labelColumn, Limits limits) throws DataFormatException {
        return readFile(file, limits, (source, in) -> read(source, in, labelColumn, limits));
    }

    /**
     * Reads a second file for a dataset already loaded, such as a separate validation set: it must have the
     * same feature columns in the same order, and every label must be one of {@code reference}'s classes
     * (matched by name, or by value when both are numbers). It may hold any of those classes, even just one.
     * The result uses {@code reference}'s feature and class names, so its labels index the same classes.
     */
    public static Dataset readMatching(Path file, Dataset reference, String labelColumn) throws DataFormatException {
        return readFile(file, Limits.DEFAULT,
                (source, in) -> readTable(source, in, labelColumn, Limits.DEFAULT).matching(reference));
    }

    /** What to make of a file's bytes; {@code source} is the file name for messages. */
    @FunctionalInterface
    private interface FileReading {
        Dataset apply(String source, InputStream in) throws DataFormatException;
    }

    private static Dataset readFile(Path file, Limits limits, FileReading reading) throws DataFormatException {
        checkFile(file, limits);
        try (InputStream in = Files.newInputStream(file)) {
            return reading.apply(String.valueOf(file.getFileName()), in);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new DataFormatException(file + " cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new DataFormatException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads CSV text (or gzip-compressed CSV text) from a stream, to its end; the caller closes it.
     *
     * @param source names the data in messages and becomes the dataset's name
     */
    public static Dataset read(String source, InputStream in, String labelColumn) throws DataFormatException {
        return read(source, in, labelColumn, Limits.DEFAULT);
    }

    static Dataset read(String source, InputStream in, String labelColumn, Limits limits) throws DataFormatException {
        return readTable(source, in, labelColumn, limits).toDataset();
    }

    private static CsvTable readTable(String source, InputStream in, String labelColumn, Limits limits)
            throws DataFormatException {
        try {
            Reader decoded = new BufferedReader(CsvInput.open(source, in, limits.bytes()), 16 * 1024);
            StringBuilder consumed = new StringBuilder();
            String headerLine = readHeaderLine(source, decoded, consumed);
            if (headerLine == null) {
                throw new DataFormatException(source + " is empty: expected a header row and rows of data");
            }
            // Hand the header back, so that the CSV reader sees the text from its start.
            PushbackReader text = new PushbackReader(decoded, consumed.length());
            text.unread(consumed.toString().toCharArray());
            char separator = DelimiterDetector.detect(headerLine);
            CsvReader<CsvRecord> csv = CsvReader.builder()
                    .fieldSeparator(separator)
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .ofCsvRecord(text);
            return new CsvTableReader(source, separator, labelColumn, limits).read(csv.iterator());
        } catch (UncheckedIOException e) {
            throw readFailure(source, e.getCause(), limits);
        } catch (IOException e) {
            throw readFailure(source, e, limits);
        } catch (CsvParseException e) {
            throw new DataFormatException(source + ": " + e.getMessage(), e);
        }
    }

    private static void checkFile(Path file, Limits limits) throws DataFormatException {
        if (Files.isDirectory(file)) {
            throw new DataFormatException(file + " is a folder, not a CSV file");
        }
        if (!Files.exists(file)) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new DataFormatException(file + " does not exist (there is no folder " + parent + ")");
            }
            throw new DataFormatException(file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(file + " is not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new DataFormatException(file + " cannot be read: permission denied");
        }
        try {
            long size = Files.size(file);
            if (size > limits.bytes()) {
                throw new DataFormatException(file.getFileName() + " is " + megabytes(size)
                        + "; the lab reads CSV files up to " + megabytes(limits.bytes()));
            }
        } catch (IOException e) {
            throw new DataFormatException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads up to the end of the first line with any content into {@code consumed} and returns that line,
     * or null if there is none.
     */
    private static String readHeaderLine(String source, Reader in, StringBuilder consumed)
            throws IOException, DataFormatException {
        StringBuilder line = new StringBuilder();
        long lineNumber = 1;
        for (int c = in.read(); c >= 0; c = in.read()) {
            consumed.append((char) c);
            if (c == '\n' || c == '\r') {
                if (!line.toString().isBlank()) {
                    break;
                }
                lineNumber += c == '\n' ? 1 : 0;
                line.setLength(0);
            } else if (line.length() == MAX_HEADER_CHARS) {
                throw new DataFormatException(source + " line " + lineNumber + " is longer than "
                        + String.format(Locale.ROOT, "%,d", MAX_HEADER_CHARS)
                        + " characters: this does not look like a CSV header row");
            } else {
                line.append((char) c);
            }
        }
        return line.toString().isBlank() ? null : line.toString();
    }

    private static DataFormatException readFailure(String source, IOException e, Limits limits) {
        if (e instanceof StrictUtf8Reader.MalformedUtf8Exception bad) {
            return new DataFormatException(source + " line " + bad.line() + ": byte "
                    + String.format(Locale.ROOT, "0x%02X", bad.firstByte()) + " is not valid UTF-8 (the file may be in Latin-1 or"
                    + " Windows-1252): save it as CSV in UTF-8", e);
        }
        if (e instanceof ByteLimitInputStream.LimitExceededException) {
            return new DataFormatException(source + " is larger than " + megabytes(limits.bytes())
                    + " (unpacked); the lab reads CSV files up to " + megabytes(limits.bytes()), e);
        }
        if (CsvInput.isDamagedGzip(e)) {
            return new DataFormatException(source + " is a damaged gzip file (" + e.getMessage() + ")", e);
        }
        return new DataFormatException(source + " cannot be read: " + e.getMessage(), e);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace(".0 MB", " MB");
    }
}
