package org.epochlab.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns the raw bytes of a CSV file into checked UTF-8 text: gzip is recognised by its magic number and
 * unpacked, a UTF-8 byte order mark is dropped, and files that are plainly not UTF-8 text (UTF-16,
 * spreadsheets, binaries) are refused up front with a message saying what they look like.
 */
final class CsvInput {

    private static final int SNIFF_BYTES = 512;

    private CsvInput() {
    }

    /**
     * @param maxBytes limit on the bytes read, before and (for gzip) after decompression
     * @return a reader over the text; reading it may throw {@link StrictUtf8Reader.MalformedUtf8Exception},
     *         {@link ByteLimitInputStream.LimitExceededException} or, for damaged gzip data, other
     *         {@link IOException}s
     */
    static Reader open(String source, InputStream raw, long maxBytes) throws DataFormatException, IOException {
        BufferedInputStream in = new BufferedInputStream(new ByteLimitInputStream(raw, maxBytes));
        byte[] head = peek(in);
        if (startsWith(head, 0x1F, 0x8B)) {
            in = new BufferedInputStream(new ByteLimitInputStream(gunzip(source, in), maxBytes));
            head = peek(in);
        }
        refuseNonText(source, head);
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
        }
        return new StrictUtf8Reader(in);
    }

    /** True for the exceptions reading a damaged gzip stream raises. */
    static boolean isDamagedGzip(IOException e) {
        return e instanceof ZipException || e instanceof EOFException;
    }

    private static InputStream gunzip(String source, InputStream in) throws DataFormatException, IOException {
        try {
            return new GZIPInputStream(in, 64 * 1024);
        } catch (ZipException | EOFException e) {
            throw new DataFormatException(source + " is a damaged gzip file (" + e.getMessage() + ")", e);
        }
    }

    private static void refuseNonText(String source, byte[] head) throws DataFormatException {
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            throw new DataFormatException(source + " is UTF-16 text: save it as CSV in UTF-8");
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            throw new DataFormatException(source + " is a zip archive or an Excel workbook (.xlsx), not a CSV file:"
                    + " save it as CSV (UTF-8)");
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new DataFormatException(source + " is an Excel workbook (.xls), not a CSV file: save it as CSV (UTF-8)");
        }
        for (byte b : head) {
            if (b == 0) {
                throw new DataFormatException(source + " contains NUL bytes: it is a binary file or UTF-16 text,"
                        + " not a UTF-8 CSV file");
            }
        }
    }

    private static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        return head;
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
