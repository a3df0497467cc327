package dev.lockstep.engine.internal.functions;

import java.util.UUID;
import java.util.random.RandomGenerator;

/** Version 4 UUIDs drawn from the execution's seeded generator, so that a run with the same seed repeats exactly. */
public final class Uuids {

    private Uuids() {}

    /** 122 bits from {@code random}; the other six are the version (4) and the variant (RFC 4122), as RFC 4122 fixes. */
    public static String randomV4(RandomGenerator random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
