package dev.lockstep.server.internal.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Graceful shutdown for {@code lockstep serve}: on SIGTERM or SIGINT the server stops accepting, lets requests in flight
 * finish, and the command returns 0, so {@code docker stop} and CI runners see a clean exit. A JVM shutdown hook
 * would run the same stop, but the JVM then exits with 143, the code of a process killed by a signal; handling the
 * signals ourselves keeps the exit code 0. {@code sun.misc.Signal} (module jdk.unsupported) is reached reflectively so
 * that the build stays free of internal-API warnings; where it is missing, only the shutdown hook remains.
 */
final class Shutdown {

    private Shutdown() {}

    static void onSignal(Runnable stop) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                stop.run();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(once, "lockstep-shutdown-hook"));
        for (String signal : new String[] {"TERM", "INT"}) {
            handle(signal, () -> new Thread(once, "lockstep-shutdown-" + signal).start());
        }
    }

    private static void handle(String name, Runnable action) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Object signal = signalClass.getConstructor(String.class).newInstance(name);
            InvocationHandler invocation = (Object proxy, Method method, Object[] args) -> {
                switch (method.getName()) {
                    case "handle" -> action.run();
                    case "hashCode" -> {
                        return System.identityHashCode(proxy);
                    }
                    case "equals" -> {
                        return proxy == args[0];
                    }
                    case "toString" -> {
                        return "lockstep shutdown on SIG" + name;
                    }
                    default -> {
                        // SignalHandler has no other methods
                    }
                }
                return null;
            };
            Object handler =
                    Proxy.newProxyInstance(Shutdown.class.getClassLoader(), new Class<?>[] {handlerClass}, invocation);
            signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, signal, handler);
        } catch (ReflectiveOperationException | RuntimeException unavailable) {
            // No signal API on this JVM: the shutdown hook still stops the server, with the JVM's exit code.
        }
    }
}
