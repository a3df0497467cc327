package dev.lockstep.server;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.server.internal.cli.LockstepCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * The {@code lockstep} command line: {@code run}, {@code validate} and {@code serve}.
 *
 * <p>The {@code ./lockstep} launcher at the root of the repository runs {@link #main(String...)}; tests and tools that
 * embed the command line call {@link #execute(PrintWriter, PrintWriter, String...)} and read the exit code instead.
 *
 * <pre>{@code
 * int status = LockstepCli.execute(out, err, "validate", "order.asl.json");
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class LockstepCli {

    private LockstepCli() {}

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command line arguments, never {@code null}
     */
    public static void main(String... args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(out, err, args));
    }

    /**
     * Runs the command line without exiting the JVM.
     *
     * @param out where results go, never {@code null}
     * @param err where diagnostics and errors go, never {@code null}
     * @param args the command line arguments, never {@code null}
     * @return the exit code: 0 on success, 1 when an execution did not succeed, 2 on bad input or usage, 3 on an
     *     internal error
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return LockstepCommand.commandLine(out, err).execute(args);
    }
}
