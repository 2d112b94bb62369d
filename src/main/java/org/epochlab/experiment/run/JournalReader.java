package org.epochlab.experiment.run;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.epochlab.engine.EpochRecord;
import org.epochlab.experiment.ExperimentConfig;

/**
 * Reads a journal back: the header and every complete epoch line. Text after the last newline is a
 * line torn by the end of the process and is ignored; a damaged complete line ends the reading there,
 * keeping the epochs before it.
 */
final class JournalReader {

    private static final Set<String> HEADER_MEMBERS = Set.of("schemaVersion", "id", "name", "created", "config");

    /**
     * What a journal holds.
     *
     * @param problem why reading stopped before the last complete line, or null
     */
    record Contents(String id, String name, Instant created, ExperimentConfig config, List<EpochRecord> history,
                    String problem) {
    }

    private JournalReader() {
    }

    /**
     * @param source what to call the journal in messages
     * @return null when the journal holds no complete line (the process ended while creating it)
     * @throws RunFileException the header is damaged or from a newer Epoch Lab
     */
    static Contents read(byte[] bytes, String source) throws RunFileException {
        int end = lastNewline(bytes);
        if (end < 0) {
            return null;
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n", -1);
        try {
            JsonNode header = parseLine(lines[0], "line 1: ");
            checkVersion(header);
            JsonFields f = JsonFields.of(header, "header", HEADER_MEMBERS);
            String id = f.text("id");
            if (!RunRecord.isRunId(id)) {
                throw new RunFileException("header.id must be a run id (a UUID), got \"" + id + "\"");
            }
            String name = f.text("name");
            Instant created = Instant.parse(f.text("created"));
            ExperimentConfig config = RunJson.configFromJson(f.required("config"), "header.config");
            List<EpochRecord> history = new ArrayList<>();
            String problem = null;
            for (int i = 1; i < lines.length; i++) {
                try {
                    EpochRecord record = RunJson.epochFromJson(parseLine(lines[i], ""), "epoch");
                    if (record.epoch() != history.size() + 1) {
                        throw new RunFileException("holds epoch " + record.epoch() + " where epoch "
                                + (history.size() + 1) + " belongs");
                    }
                    history.add(record);
                } catch (RunFileException e) {
                    problem = source + " line " + (i + 1) + " is damaged (" + e.getMessage() + "); the run keeps the "
                            + history.size() + " epochs before it";
                    break;
                }
            }
            return new Contents(id, name, created, config, history, problem);
        } catch (DateTimeParseException e) {
            throw new RunFileException(source + ": header.created is not a time", e);
        } catch (RunFileException e) {
            throw new RunFileException(source + ": " + e.getMessage(), e);
        }
    }

    private static void checkVersion(JsonNode header) throws RunFileException {
        JsonNode version = header.get("schemaVersion");
        int v = version == null ? 0 : JsonFields.toInt(version, "header.schemaVersion");
        if (v > RunJournal.SCHEMA_VERSION) {
            throw new RunFileException("made by a newer Epoch Lab (schema " + v + "); this version reads schema "
                    + RunJournal.SCHEMA_VERSION);
        }
        if (v != RunJournal.SCHEMA_VERSION) {
            throw new RunFileException("not an Epoch Lab journal: its first line has no schemaVersion "
                    + RunJournal.SCHEMA_VERSION);
        }
    }

    private static JsonNode parseLine(String line, String prefix) throws RunFileException {
        try {
            JsonNode node = RunJson.MAPPER.readTree(line);
            if (node == null || !node.isObject()) {
                throw new RunFileException(prefix + "not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RunFileException(prefix + "not JSON", e);
        }
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
