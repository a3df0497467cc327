package dev.lockstep.junit.internal.server;

import dev.lockstep.junit.spi.LockstepResourceProvider;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * The Step Functions API over HTTP for the code under test: a {@code LockstepServer} serving the test's engine on a
 * free port, started on first use, and {@code SfnClient}s pointed at it. The server is reached by name, so that this
 * module also builds against a lockstep-server without the HTTP API, and so that projects without the AWS SDK never
 * load it.
 */
public final class InProcessServerProvider implements LockstepResourceProvider {

    static final String SERVER = "dev.lockstep.server.LockstepServer";
    static final String SFN_CLIENT = "software.amazon.awssdk.services.sfn.SfnClient";
    private static final Set<String> TYPES = Set.of(SERVER, SFN_CLIENT);

    @Override
    public boolean supports(Class<?> type) {
        return TYPES.contains(type.getName());
    }

    @Override
    public Object create(Class<?> type, Context context) {
        Class<?> serverType = serverType(type);
        if (type.getName().equals(SERVER)) {
            return startServer(serverType, context);
        }
        Object server = context.resource(serverType);
        return invoke(server, "sfnClient");
    }

    private static Class<?> serverType(Class<?> requested) {
        try {
            return Class.forName(SERVER, true, requested.getClassLoader());
        } catch (ClassNotFoundException e) {
            try {
                return Class.forName(SERVER, true, InProcessServerProvider.class.getClassLoader());
            } catch (ClassNotFoundException again) {
                throw new IllegalStateException("A " + requested.getSimpleName() + " for the code under test needs"
                        + " lockstep-server's HTTP API (" + SERVER + "), which is not on the test classpath: depend"
                        + " on dev.lockstep:lockstep-server at the version of lockstep-junit");
            }
        }
    }

    private static Object startServer(Class<?> serverType, Context context) {
        Object builder = invokeStatic(serverType, "builder");
        Method engine = method(builder.getClass(), "engine", dev.lockstep.engine.Engine.class);
        Method port = method(builder.getClass(), "port", int.class);
        try {
            engine.invoke(builder, context.engine());
            port.invoke(builder, 0);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw failure("configure the server", e);
        }
        Object server = invoke(builder, "build");
        return invoke(server, "start");
    }

    private static Object invokeStatic(Class<?> type, String name) {
        try {
            return method(type, name).invoke(null);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw failure(name, e);
        }
    }

    private static Object invoke(Object target, String name) {
        try {
            return method(target.getClass(), name).invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw failure(name, e);
        }
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(
                    "This lockstep-server has no " + type.getSimpleName() + "." + name
                            + "(): use lockstep-server at the version of lockstep-junit",
                    e);
        }
    }

    private static IllegalStateException failure(String step, Exception e) {
        Throwable cause = e instanceof InvocationTargetException target ? target.getCause() : e;
        return new IllegalStateException(
                "Lockstep could not start its in-process server (" + step + "): " + cause.getMessage(), cause);
    }
}
