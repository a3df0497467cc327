package dev.lockstep.engine.internal.compile;

import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.jsonata.JsonataField;
import dev.lockstep.engine.internal.model.QueryLanguage;
import dev.lockstep.engine.internal.model.StateType;

/**
 * A state ready to run: every path, template and expression compiled. Immutable once the compiler has linked the
 * transitions.
 */
public abstract class CompiledState {

    private final String name;
    private final StateType type;
    private final QueryLanguage queryLanguage;
    private final DataFlow flow;
    private final AssignField assign;
    private final JsonataField output;
    private CompiledState next;

    CompiledState(Common common) {
        this.name = common.name();
        this.type = common.type();
        this.queryLanguage = common.queryLanguage();
        this.flow = common.flow();
        this.assign = common.assign();
        this.output = common.output();
    }

    /**
     * The parts every state has, compiled. The paths, templates and ResultPath of a JSONPath state live in its flow
     * only: that is where they are used.
     */
    record Common(
            String name,
            StateType type,
            QueryLanguage queryLanguage,
            DataFlow flow,
            AssignField assign,
            JsonataField output) {}

    public String name() {
        return name;
    }

    public StateType type() {
        return type;
    }

    public QueryLanguage queryLanguage() {
        return queryLanguage;
    }

    /** How data flows through the state, in its query language. */
    public DataFlow flow() {
        return flow;
    }

    /** The state's Assign block (a Choice's top-level one, used with Default), or null. */
    public AssignField assign() {
        return assign;
    }

    /** A JSONata state's Output (a Choice's top-level one, used with Default), or null. */
    public JsonataField output() {
        return output;
    }

    /** The state Next names, or null for a state that ends its scope (End, Succeed, Fail) or chooses (Choice). */
    public CompiledState next() {
        return next;
    }

    void linkNext(CompiledState target) {
        this.next = target;
    }

    /** A Pass state: Parameters (in its flow) or Result become the result. */
    public static final class Pass extends CompiledState {
        private final com.fasterxml.jackson.databind.JsonNode result;
        private final long resultSize;

        Pass(Common common, com.fasterxml.jackson.databind.JsonNode result) {
            super(common);
            this.result = result;
            this.resultSize = result == null ? -1 : Json.utf8Size(result);
        }

        /** Result as written (literal, never evaluated), or null. */
        public com.fasterxml.jackson.databind.JsonNode result() {
            return result;
        }

        /** The size of {@link #result()} in UTF-8 bytes, measured once; -1 without a Result. */
        public long resultSize() {
            return resultSize;
        }
    }

    /** A Succeed state. */
    public static final class Succeed extends CompiledState {
        Succeed(Common common) {
            super(common);
        }
    }

    /** A Fail state: Error and Cause from literals or from paths and intrinsic functions. */
    public static final class Fail extends CompiledState {
        private final FailField error;
        private final FailField cause;

        Fail(Common common, FailField error, FailField cause) {
            super(common);
            this.error = error;
            this.cause = cause;
        }

        public FailField error() {
            return error;
        }

        public FailField cause() {
            return cause;
        }
    }

    /** A Wait state: how long, or until when. */
    public static final class Wait extends CompiledState {
        private final WaitDuration duration;

        Wait(Common common, WaitDuration duration) {
            super(common);
            this.duration = duration;
        }

        public WaitDuration duration() {
            return duration;
        }
    }

    /** A Choice state: rules in order, then Default. */
    public static final class Choice extends CompiledState {
        private final java.util.List<ChoiceBranch> branches;
        private CompiledState defaultState;

        Choice(Common common, java.util.List<ChoiceBranch> branches) {
            super(common);
            this.branches = branches;
        }

        public java.util.List<ChoiceBranch> branches() {
            return branches;
        }

        /** The Default state, or null when there is none. */
        public CompiledState defaultState() {
            return defaultState;
        }

        void linkDefault(CompiledState target) {
            this.defaultState = target;
        }
    }

    /** A Task state: the resource to invoke, timeouts, and what to do on errors; its data flow is in its flow. */
    public static final class Task extends CompiledState {
        private final dev.lockstep.engine.spi.TaskResource resource;
        private final TaskSeconds timeout;
        private final TaskSeconds heartbeat;
        private final java.util.List<Retrier> retriers;
        private final java.util.List<Catcher> catchers;

        Task(
                Common common,
                dev.lockstep.engine.spi.TaskResource resource,
                TaskSeconds timeout,
                TaskSeconds heartbeat,
                java.util.List<Retrier> retriers,
                java.util.List<Catcher> catchers) {
            super(common);
            this.resource = resource;
            this.timeout = timeout;
            this.heartbeat = heartbeat;
            this.retriers = java.util.List.copyOf(retriers);
            this.catchers = java.util.List.copyOf(catchers);
        }

        public dev.lockstep.engine.spi.TaskResource resource() {
            return resource;
        }

        public TaskSeconds timeout() {
            return timeout;
        }

        public TaskSeconds heartbeat() {
            return heartbeat;
        }

        public java.util.List<Retrier> retriers() {
            return retriers;
        }

        public java.util.List<Catcher> catchers() {
            return catchers;
        }
    }

    /**
     * A state type whose execution has not landed in this version (Parallel, Map). Running it fails the execution with
     * a clear States.Runtime cause instead of misbehaving.
     */
    public static final class Unsupported extends CompiledState {
        Unsupported(Common common) {
            super(common);
        }
    }
}
