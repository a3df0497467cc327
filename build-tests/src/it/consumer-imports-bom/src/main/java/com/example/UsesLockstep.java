package com.example;

import dev.lockstep.engine.LockstepVersion;
import dev.lockstep.server.LockstepCli;

public final class UsesLockstep {
    public static String describe() {
        return LockstepCli.class.getSimpleName() + " " + LockstepVersion.current();
    }
}
