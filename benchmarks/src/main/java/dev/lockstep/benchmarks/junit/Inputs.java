package dev.lockstep.benchmarks.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The input both classes run with: the pass chain's own input file. */
final class Inputs {

    static final String PASS_CHAIN = read("definitions/pass-chain-10.input.json");

    private Inputs() {}

    private static String read(String resource) {
        try (InputStream in = Inputs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
