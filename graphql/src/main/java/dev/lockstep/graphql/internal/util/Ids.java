package dev.lockstep.graphql.internal.util;

import java.math.BigInteger;
import java.util.Random;

/** ULIDs and KSUIDs for {@code $util.autoUlid()} and {@code $util.autoKsuid()}. */
final class Ids {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    /** KSUID timestamps count seconds from 2014-05-13T16:53:20Z. */
    private static final long KSUID_EPOCH_SECONDS = 1_400_000_000L;

    private Ids() {}

    /** 26 Crockford base-32 characters: 48 bits of milliseconds, then 80 random bits. */
    static String ulid(long epochMillis, Random random) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 6; i++) {
            bytes[i] = (byte) (epochMillis >>> (8 * (5 - i)));
        }
        byte[] randomPart = new byte[10];
        random.nextBytes(randomPart);
        System.arraycopy(randomPart, 0, bytes, 6, 10);
        BigInteger number = new BigInteger(1, bytes);
        char[] out = new char[26];
        for (int i = 25; i >= 0; i--) {
            out[i] = CROCKFORD[number.intValue() & 31];
            number = number.shiftRight(5);
        }
        return new String(out);
    }

    /** 27 base-62 characters: 32 bits of seconds since the KSUID epoch, then 128 random bits. */
    static String ksuid(long epochMillis, Random random) {
        byte[] bytes = new byte[20];
        long seconds = epochMillis / 1000 - KSUID_EPOCH_SECONDS;
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) (seconds >>> (8 * (3 - i)));
        }
        byte[] randomPart = new byte[16];
        random.nextBytes(randomPart);
        System.arraycopy(randomPart, 0, bytes, 4, 16);
        BigInteger number = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(62);
        char[] out = new char[27];
        for (int i = 26; i >= 0; i--) {
            BigInteger[] division = number.divideAndRemainder(base);
            out[i] = BASE62[division[1].intValue()];
            number = division[0];
        }
        return new String(out);
    }
}
