package dev.lockstep.junit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** JSON as the extension reads and writes it; the engine's internals stay the engine's. */
public final class JsonText {

    public static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonText() {}

    public static JsonNode parse(String text) throws JsonProcessingException {
        return JSON.readTree(text);
    }

    /** Compact JSON text, as Step Functions writes values into the history. */
    public static String compact(JsonNode value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a JSON tree could not be written as text", e);
        }
    }

    /**
     * Compact text cut to {@code max} characters with an ellipsis, for messages, timelines and reports. A large value
     * is not written out whole to be cut: writing stops once the text is long enough.
     */
    public static String abbreviated(JsonNode value, int max) {
        if (value == null) {
            return "null";
        }
        Prefix prefix = new Prefix(max);
        try (Writer out = prefix) {
            JSON.writeValue(out, value);
        } catch (IOException e) {
            if (!prefix.full()) {
                throw new UncheckedIOException("a JSON tree could not be written as text", e);
            }
        }
        String text = prefix.toString();
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** Keeps the first characters written to it, one more than asked for, then refuses more. */
    private static final class Prefix extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int keep;

        Prefix(int max) {
            this.keep = max + 1;
        }

        boolean full() {
            return text.length() >= keep;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            text.append(chars, offset, Math.min(length, keep - text.length()));
            if (full()) {
                throw new IOException("enough text");
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
