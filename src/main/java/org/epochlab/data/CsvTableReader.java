package org.epochlab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvRecord;

/** The checks and conversions of one CSV read, from the header record to a {@link Dataset}. */
final class CsvTableReader {

    private static final Pattern STARTED_IN_LINE = Pattern.compile("started in line (\\d+)");
    private static final Pattern AFTER_CLOSING_QUOTE = Pattern.compile("after closing quote: '(.)'");
    private static final Pattern FIELD_TOO_LONG = Pattern.compile("Field at index (\\d+).*max field size of (\\d+)");

    private final String source;
    private final boolean decimalComma;
    private final String labelColumn;
    private final CsvImporter.Limits limits;
    private List<String> columns;
    private int labelIndex;
    private long line;

    CsvTableReader(String source, char separator, String labelColumn, CsvImporter.Limits limits) {
        this.source = source;
        this.decimalComma = separator == ';';
        this.labelColumn = labelColumn == null || labelColumn.isBlank() ? null : labelColumn.strip();
        this.limits = limits;
    }

    CsvTable read(Iterator<CsvRecord> records) throws DataFormatException {
        try {
            return readRecords(records);
        } catch (CsvParseException e) {
            throw parseFailure(e);
        }
    }

    /** FastCSV's "record that started in line N" wrapper around the cause, turned into a located message. */
    private DataFormatException parseFailure(CsvParseException e) {
        Matcher lineMatch = STARTED_IN_LINE.matcher(String.valueOf(e.getMessage()));
        long failedLine = lineMatch.find() ? Long.parseLong(lineMatch.group(1)) : line + 1;
        String detail = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        Matcher after = AFTER_CLOSING_QUOTE.matcher(detail);
        if (after.find()) {
            return new DataFormatException(source + " line " + failedLine + ": unexpected character '" + after.group(1)
                    + "' after a closing quote; a value with quotes inside must be quoted as a whole, with each"
                    + " inner quote doubled (\"\")", e);
        }
        Matcher tooLong = FIELD_TOO_LONG.matcher(detail);
        if (tooLong.find()) {
            int column = Integer.parseInt(tooLong.group(1));
            String name = columns != null && column < columns.size() ? " (" + columns.get(column) + ")" : "";
            return new DataFormatException(source + " line " + failedLine + ", column " + (column + 1) + name
                    + ": the value is longer than " + String.format(Locale.ROOT, "%,d", Long.parseLong(tooLong.group(2)))
                    + " characters; is a closing quote (\") missing?", e);
        }
        return new DataFormatException(source + " line " + failedLine + ": " + detail, e);
    }

    private CsvTable readRecords(Iterator<CsvRecord> records) throws DataFormatException {
        CsvRecord header = nextNonBlank(records);
        if (header == null) {
            throw new DataFormatException(source + " is empty: expected a header row and rows of data");
        }
        readHeader(header);
        int features = columns.size() - 1;
        long maxRows = Math.min(limits.rows(), limits.values() / features);
        double[] values = new double[(int) Math.min(maxRows, 64) * features];
        LabelEncoder labels = new LabelEncoder();
        int rows = 0;
        for (CsvRecord record = nextNonBlank(records); record != null; record = nextNonBlank(records)) {
            checkNoLineBreaks(record);
            if (record.getFieldCount() != columns.size()) {
                throw new DataFormatException(source + " line " + line + " has " + record.getFieldCount()
                        + " fields, the header has " + columns.size());
            }
            if (rows == maxRows) {
                throw tooManyRows(maxRows, features);
            }
            if ((long) (rows + 1) * features > values.length) {
                values = Arrays.copyOf(values, (int) Math.min((long) values.length * 2, maxRows * features));
            }
            readRow(record, values, rows * features, labels);
            rows++;
        }
        if (rows == 0) {
            throw new DataFormatException(source + " has a header row but no rows of data");
        }
        List<String> featureNames = new ArrayList<>(columns);
        featureNames.remove(labelIndex);
        return new CsvTable(source, featureNames, columns.get(labelIndex), labelIndex + 1,
                Arrays.copyOf(values, rows * features), rows, labels);
    }

    private void readHeader(CsvRecord header) throws DataFormatException {
        columns = header.getFields().stream().map(String::strip).toList();
        if (columns.size() < 2) {
            throw new DataFormatException(source + " line " + line + ": the header has only one column ("
                    + NumberCell.quote(columns.get(0)) + "); a dataset needs feature columns and a label column,"
                    + " separated by commas, semicolons or tabs");
        }
        if (columns.size() > limits.columns()) {
            throw new DataFormatException(source + " line " + line + ": the header has " + columns.size()
                    + " columns; the lab reads up to " + limits.columns());
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j).isEmpty()) {
                throw new DataFormatException(source + " line " + line + ", column " + (j + 1)
                        + ": the column has no name");
            }
            Integer earlier = seen.putIfAbsent(columns.get(j), j);
            if (earlier != null) {
                throw new DataFormatException(source + " line " + line + ", column " + (j + 1) + ": the name "
                        + NumberCell.quote(columns.get(j)) + " is also the name of column " + (earlier + 1)
                        + "; column names must be unique");
            }
        }
        labelIndex = labelColumn == null ? columns.size() - 1 : findLabelColumn();
        checkHeaderIsNotData();
    }

    /**
     * A first row whose feature "names" are all numbers, some with a fraction, is data: the header is missing.
     * (Whole numbers alone are accepted: tools write column names 0, 1, 2, … when there are none.)
     */
    private void checkHeaderIsNotData() throws DataFormatException {
        boolean allNumbers = true;
        boolean anyFraction = false;
        for (int j = 0; j < columns.size(); j++) {
            if (j != labelIndex) {
                String name = columns.get(j);
                allNumbers &= NumberCell.isNumber(name);
                anyFraction |= name.indexOf('.') >= 0 || name.indexOf('e') >= 0 || name.indexOf('E') >= 0;
            }
        }
        if (allNumbers && anyFraction) {
            List<String> shown = columns.subList(0, Math.min(3, columns.size()));
            throw new DataFormatException(source + " line " + line + ": the first row looks like data ("
                    + String.join(", ", shown) + (columns.size() > 3 ? ", …" : "") + "), not a header;"
                    + " add a first row that names the columns");
        }
    }

    private int findLabelColumn() throws DataFormatException {
        int exact = columns.indexOf(labelColumn);
        if (exact >= 0) {
            return exact;
        }
        int match = -1;
        for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j).equalsIgnoreCase(labelColumn)) {
                if (match >= 0) {
                    match = -2;
                    break;
                }
                match = j;
            }
        }
        if (match >= 0) {
            return match;
        }
        List<String> shown = columns.size() > 30 ? columns.subList(0, 30) : columns;
        throw new DataFormatException(source + ": there is no label column named " + NumberCell.quote(labelColumn)
                + "; the columns are " + String.join(", ", shown)
                + (columns.size() > shown.size() ? " … (" + columns.size() + " in all)" : ""));
    }

    private void readRow(CsvRecord record, double[] values, int offset, LabelEncoder labels)
            throws DataFormatException {
        int k = offset;
        for (int j = 0; j < columns.size(); j++) {
            String cell = record.getField(j);
            if (j == labelIndex) {
                String label = cell.strip();
                if (label.isEmpty()) {
                    throw new DataFormatException(at(j) + ": missing label");
                }
                labels.add(label, line);
                if (labels.distinctTexts() > limits.classes()) {
                    throw new DataFormatException(source + ": the label column " + NumberCell.quote(columns.get(j))
                            + " has more than " + limits.classes() + " classes; the lab handles up to "
                            + limits.classes() + " (is it the right label column?)");
                }
            } else {
                NumberCell.Result number = NumberCell.parse(cell, decimalComma);
                if (!number.ok()) {
                    throw new DataFormatException(at(j) + ": " + number.problem());
                }
                values[k++] = number.value();
            }
        }
    }

    /** A line break inside a value means a quote was opened and closed only lines later, if at all. */
    private void checkNoLineBreaks(CsvRecord record) throws DataFormatException {
        for (int j = 0; j < record.getFieldCount(); j++) {
            String field = record.getField(j);
            if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                String where = j < columns.size() ? at(j) : source + " line " + line + ", column " + (j + 1);
                throw new DataFormatException(where + ": a quoted value runs over several lines; is a closing"
                        + " quote (\") missing?");
            }
        }
    }

    private DataFormatException tooManyRows(long maxRows, int features) {
        String limit = String.format(Locale.ROOT, "%,d", maxRows);
        String reason = maxRows < limits.rows()
                ? " with " + features + " feature columns (" + String.format(Locale.ROOT, "%,d", limits.values())
                        + " values in all)"
                : "";
        return new DataFormatException(source + " has more than " + limit + " rows of data; the lab reads up to "
                + limit + reason);
    }

    private String at(int column) {
        return source + " line " + line + ", column " + (column + 1) + " (" + columns.get(column) + ")";
    }

    /** The next record with any non-blank field (its line becomes the current line), or null at the end. */
    private CsvRecord nextNonBlank(Iterator<CsvRecord> records) {
        while (records.hasNext()) {
            CsvRecord record = records.next();
            line = record.getStartingLineNumber();
            for (String field : record.getFields()) {
                if (!field.isBlank()) {
                    return record;
                }
            }
        }
        return null;
    }
}
