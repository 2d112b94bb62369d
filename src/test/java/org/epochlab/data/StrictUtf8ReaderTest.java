package org.epochlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

    private static Reader reader(byte[] bytes) {
        return new StrictUtf8Reader(new ByteArrayInputStream(bytes));
    }

    @Test
    void decodesMultiByteCharactersSplitAcrossReads() throws IOException {
        String text = "é€😀\n".repeat(10_000);
        StringWriter out = new StringWriter();

        try (Reader in = reader(text.getBytes(StandardCharsets.UTF_8))) {
            in.transferTo(out);
        }

        assertThat(out.toString()).isEqualTo(text);
    }

    @Test
    void keepsAnsweringEndOfInputAfterTheEnd() throws IOException {
        try (Reader in = reader(new byte[0])) {
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void handsOutTheTextBeforeABadByteThenNamesItsLine() throws IOException {
        byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0xC3, '(', '\n'};
        Reader in = reader(bytes);
        char[] buffer = new char[100];

        assertThat(in.read(buffer, 0, 100)).isEqualTo(4);
        assertThatThrownBy(() -> in.read(buffer, 0, 100))
                .isInstanceOf(StrictUtf8Reader.MalformedUtf8Exception.class)
                .hasMessage("byte 0xC3 on line 3 is not valid UTF-8");
    }

    @Test
    void refusesATruncatedSequenceAtTheEnd() {
        byte[] bytes = {'a', ',', 'b', '\n', (byte) 0xE2, (byte) 0x82};

        assertThatThrownBy(() -> reader(bytes).transferTo(new StringWriter()))
                .isInstanceOf(StrictUtf8Reader.MalformedUtf8Exception.class)
                .hasMessage("byte 0xE2 on line 2 is not valid UTF-8");
    }
}
