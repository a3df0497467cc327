package dev.lockstep.engine.internal.functions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash algorithms of {@code States.Hash} and JSONata's {@code $hash} (developer guide, "Intrinsic for hash
 * calculation" and "JSONata functions provided by Step Functions"): the same five, spelled the same case-sensitive way,
 * which are also the names of Java's digests.
 */
public final class Hashes {

    /** The algorithm names, in the order the developer guide lists them. */
    public static final List<String> ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    private Hashes() {}

    public static boolean isSupported(String algorithm) {
        return ALGORITHMS.contains(algorithm);
    }

    /**
     * The lower-case hex digest of {@code text}'s UTF-8 bytes.
     *
     * @throws IllegalArgumentException when {@code algorithm} is not one of {@link #ALGORITHMS}
     */
    public static String hex(String algorithm, String text) {
        if (!isSupported(algorithm)) {
            throw new IllegalArgumentException("not a Step Functions hash algorithm: " + algorithm);
        }
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missingFromJdk) {
            // Every Java runtime must provide these five (MessageDigest javadoc), so this means a broken runtime.
            throw new IllegalStateException("this Java runtime has no " + algorithm + " digest", missingFromJdk);
        }
    }
}
