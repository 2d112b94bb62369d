package org.epochlab.experiment.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;

import org.epochlab.io.AtomicFiles;
import org.epochlab.io.IoMessages;

/**
 * A set of runs in one file ({@value #EXTENSION}): {@code {"schemaVersion": 1, "runs": [run, …]}}, each run
 * as {@link RunJson} describes, compact JSON on one line per run. Histories come back bit for bit.
 * Writing is atomic ({@link AtomicFiles}); reading turns every problem with the file's content into a
 * {@link RunFileException} naming the file and the place.
 */
public final class RunSetFile {

    /** The layout version written; files with a higher one come from a newer Epoch Lab. */
    public static final int SCHEMA_VERSION = 1;
    public static final String EXTENSION = ".epochlab-runs.json";
    /** Larger files are refused before they are read: a run set of the lab's scale is a few megabytes. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private RunSetFile() {
    }

    /**
     * Replaces {@code file} with {@code runs}.
     *
     * @throws IOException naming the file and the reason
     */
    public static void write(Path file, List<RunRecord> runs) throws IOException {
        AtomicFiles.write(file, out -> writeTo(out, runs));
    }

    /** The file's text: one line for the header, one per run. */
    public static String toText(List<RunRecord> runs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeTo(bytes, runs);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void writeTo(OutputStream out, List<RunRecord> runs) throws IOException {
        try (JsonGenerator json = RunJson.MAPPER.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeArrayFieldStart("runs");
            for (RunRecord run : runs) {
                json.writeRaw('\n');
                RunJson.MAPPER.writeTree(json, RunJson.toJson(run));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /**
     * Reads the runs in {@code file}.
     *
     * @throws RunFileException the file is missing, unreadable, too large, not JSON, cut short, from a newer
     *                          Epoch Lab, or lacks a member or holds one of the wrong type (message names which)
     */
    public static List<RunRecord> read(Path file) throws RunFileException {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new RunFileException("cannot read " + file + ": it is a folder");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new RunFileException(file + " is " + size / (1024 * 1024) + " MB; Epoch Lab opens run files up to "
                        + MAX_BYTES / (1024 * 1024) + " MB");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RunFileException("cannot read " + file + ": it does not exist", e);
        } catch (CharacterCodingException e) {
            throw new RunFileException(file + " is not a run file: it is not UTF-8 text", e);
        } catch (IOException e) {
            throw new RunFileException("cannot read " + file + ": " + IoMessages.reason(e), e);
        }
        return read(text, file.toString());
    }

    /**
     * Reads runs from a run file's text.
     *
     * @param source what to call the text in messages (the file name)
     */
    public static List<RunRecord> read(String text, String source) throws RunFileException {
        JsonNode root = parse(text, source);
        try {
            checkSchemaVersion(root);
            JsonFields f = JsonFields.of(root, "", Set.of("schemaVersion", "runs"));
            JsonNode array = f.array("runs");
            List<RunRecord> runs = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                runs.add(RunJson.fromJson(array.get(i), "runs[" + i + "]"));
            }
            return runs;
        } catch (RunFileException e) {
            throw new RunFileException(source + ": " + e.getMessage(), e);
        }
    }

    /** The JSON tree of the text; every syntax problem says where, and a cut-short file says so. */
    static JsonNode parse(String text, String source) throws RunFileException {
        if (text.isBlank()) {
            throw new RunFileException(source + " is empty");
        }
        try {
            JsonNode root = RunJson.MAPPER.readTree(text);
            if (root == null || !root.isObject()) {
                throw new RunFileException(source + " is not an Epoch Lab run file: it holds "
                        + JsonFields.describe(root) + ", not an object with schemaVersion and runs");
            }
            return root;
        } catch (JsonEOFException e) {
            throw new RunFileException(source + " is cut short" + where(e.getLocation())
                    + ": it was probably not saved completely", e);
        } catch (JsonProcessingException e) {
            throw new RunFileException(source + where(e.getLocation()) + ": not JSON (" + firstLine(e.getOriginalMessage())
                    + ")", e);
        }
    }

    private static void checkSchemaVersion(JsonNode root) throws RunFileException {
        JsonNode version = root.get("schemaVersion");
        if (version == null) {
            throw new RunFileException("not an Epoch Lab run file: it has no schemaVersion");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new RunFileException("schemaVersion must be a whole number; this version reads schema "
                    + SCHEMA_VERSION + ", got " + JsonFields.describe(version));
        }
        int v = version.intValue();
        if (v > SCHEMA_VERSION) {
            throw new RunFileException("made by a newer Epoch Lab (schema " + v + "); this version reads schema "
                    + SCHEMA_VERSION);
        }
        if (v < 1) {
            throw new RunFileException("schemaVersion " + v + " is not one Epoch Lab writes; this version reads schema "
                    + SCHEMA_VERSION);
        }
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
