package org.epochlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes UTF-8 and refuses malformed bytes instead of replacing them, reporting the line they are on.
 * {@link java.io.InputStreamReader} can only replace them or throw without saying where; this reader first
 * hands out every character before the bad bytes, so the line count is exact when it throws.
 */
final class StrictUtf8Reader extends Reader {

    /** Malformed UTF-8: the 1-based line and the first offending byte. */
    static final class MalformedUtf8Exception extends IOException {

        private static final long serialVersionUID = 1L;

        private final long line;
        private final int firstByte;

        MalformedUtf8Exception(long line, int firstByte) {
            super("byte 0x" + String.format(Locale.ROOT, "%02X", firstByte) + " on line " + line + " is not valid UTF-8");
            this.line = line;
            this.firstByte = firstByte;
        }

        long line() {
            return line;
        }

        int firstByte() {
            return firstByte;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private boolean endOfInput;
    private boolean flushed;
    private long line = 1;
    private MalformedUtf8Exception failure;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1; // the decoder is finished; reading again after the end must not restart it
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset && failure == null) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                failure = new MalformedUtf8Exception(-1, bytes.get(bytes.position()) & 0xFF);
            } else if (result.isOverflow()) {
                break;
            } else if (endOfInput) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                }
                break;
            } else {
                fill();
            }
        }
        int produced = out.position() - offset;
        for (int i = offset; i < offset + produced; i++) {
            if (buffer[i] == '\n') {
                line++;
            }
        }
        if (produced > 0) {
            return produced;
        }
        if (failure != null) {
            throw new MalformedUtf8Exception(line, failure.firstByte());
        }
        return -1;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
