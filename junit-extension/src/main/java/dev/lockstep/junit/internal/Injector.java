package dev.lockstep.junit.internal;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.TaskHandlers;
import dev.lockstep.junit.Deployed;
import dev.lockstep.junit.Lockstep;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** What Lockstep injects into test parameters and fields, by type. */
public final class Injector {

    private static final List<Class<?>> OWN_TYPES =
            List.of(Lockstep.class, Engine.class, EngineClock.class, TaskHandlers.class, StateMachine.class);

    private Injector() {}

    public static boolean supports(Class<?> type) {
        return OWN_TYPES.contains(type) || EngineSession.provides(type);
    }

    public static Object resolve(Class<?> type, Deployed deployed, String where, TestSession session) {
        if (type == Lockstep.class) {
            return session;
        }
        if (type == Engine.class) {
            return session.engine();
        }
        if (type == EngineClock.class) {
            return session.clock();
        }
        if (type == TaskHandlers.class) {
            return session.tasks();
        }
        if (type == StateMachine.class) {
            String name = deployed == null ? "" : deployed.value();
            try {
                return name.isEmpty() ? session.stateMachine() : session.stateMachine(name);
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new ParameterResolutionException("Cannot inject the " + where + ": " + e.getMessage(), e);
            }
        }
        return session.resource(type);
    }

    /** Sets every instance field of an injectable type that is still null. */
    public static void injectFields(Object instance, TestSession session) {
        List<Field> fields = ReflectionSupport.findFields(
                instance.getClass(),
                field -> !Modifier.isStatic(field.getModifiers())
                        && !Modifier.isFinal(field.getModifiers())
                        && supports(field.getType()),
                HierarchyTraversalMode.TOP_DOWN);
        for (Field field : fields) {
            try {
                field.setAccessible(true);
                if (field.get(instance) == null) {
                    Deployed deployed = AnnotationSupport.findAnnotation(field, Deployed.class)
                            .orElse(null);
                    field.set(instance, resolve(field.getType(), deployed, "field " + field.getName(), session));
                }
            } catch (IllegalAccessException e) {
                throw new ParameterResolutionException("Cannot inject the field " + field + ": " + e.getMessage(), e);
            }
        }
    }
}
