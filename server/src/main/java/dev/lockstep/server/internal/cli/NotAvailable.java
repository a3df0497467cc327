package dev.lockstep.server.internal.cli;

import dev.lockstep.engine.LockstepVersion;
import picocli.CommandLine.Model.CommandSpec;

/** The answer of a command whose implementation has not landed yet: one line on stderr and exit code 2. */
final class NotAvailable {

    static final int EXIT_CODE = 2;

    private NotAvailable() {}

    static int report(CommandSpec spec) {
        spec.commandLine()
                .getErr()
                .printf("lockstep %s: not available yet in Lockstep %s%n", spec.name(), LockstepVersion.current());
        return EXIT_CODE;
    }
}
