package dev.lockstep.engine.internal.compile;

import dev.lockstep.engine.internal.jsonata.JsonataField;
import dev.lockstep.engine.internal.model.QueryLanguage;
import dev.lockstep.engine.internal.model.StateType;
import dev.lockstep.engine.internal.path.ValueExpression;

/**
 * A state ready to run: every path, template and expression compiled. Immutable once the compiler has linked the
 * transitions.
 */
public abstract class CompiledState {

    private final String name;
    private final StateType type;
    private final String pointer;
    private final QueryLanguage queryLanguage;
    private final PathField inputPath;
    private final PathField outputPath;
    private final DataFlow flow;
    private final AssignField assign;
    private final JsonataField output;
    private CompiledState next;
    private final boolean end;

    CompiledState(Common common) {
        this.name = common.name();
        this.type = common.type();
        this.pointer = common.pointer();
        this.queryLanguage = common.queryLanguage();
        this.inputPath = common.inputPath();
        this.outputPath = common.outputPath();
        this.flow = common.flow();
        this.assign = common.assign();
        this.output = common.output();
        this.end = common.end();
    }

    /** The parts every state has, compiled. */
    record Common(
            String name,
            StateType type,
            String pointer,
            QueryLanguage queryLanguage,
            PathField inputPath,
            PathField outputPath,
            DataFlow flow,
            AssignField assign,
            JsonataField output,
            boolean end) {}

    public String name() {
        return name;
    }

    public StateType type() {
        return type;
    }

    public String pointer() {
        return pointer;
    }

    public QueryLanguage queryLanguage() {
        return queryLanguage;
    }

    public PathField inputPath() {
        return inputPath;
    }

    public PathField outputPath() {
        return outputPath;
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

    public boolean end() {
        return end;
    }

    void linkNext(CompiledState target) {
        this.next = target;
    }

    /** A Pass state: Parameters or Result become the result. */
    public static final class Pass extends CompiledState {
        private final ValueExpression parameters;
        private final com.fasterxml.jackson.databind.JsonNode result;
        private final ResultPathField resultPath;

        Pass(
                Common common,
                ValueExpression parameters,
                com.fasterxml.jackson.databind.JsonNode result,
                ResultPathField resultPath) {
            super(common);
            this.parameters = parameters;
            this.result = result;
            this.resultPath = resultPath;
        }

        /** Compiled Parameters, or null. */
        public ValueExpression parameters() {
            return parameters;
        }

        /** Result as written (literal, never evaluated), or null. */
        public com.fasterxml.jackson.databind.JsonNode result() {
            return result;
        }

        public ResultPathField resultPath() {
            return resultPath;
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

    /** A Task state: the resource to invoke, its data flow, timeouts, and what to do on errors. */
    public static final class Task extends CompiledState {
        private final dev.lockstep.engine.spi.TaskResource resource;
        private final ValueExpression parameters;
        private final ValueExpression resultSelector;
        private final ResultPathField resultPath;
        private final ValueExpression credentials;
        private final TaskSeconds timeout;
        private final TaskSeconds heartbeat;
        private final java.util.List<Retrier> retriers;
        private final java.util.List<Catcher> catchers;

        Task(
                Common common,
                dev.lockstep.engine.spi.TaskResource resource,
                ValueExpression parameters,
                ValueExpression resultSelector,
                ResultPathField resultPath,
                ValueExpression credentials,
                TaskSeconds timeout,
                TaskSeconds heartbeat,
                java.util.List<Retrier> retriers,
                java.util.List<Catcher> catchers) {
            super(common);
            this.resource = resource;
            this.parameters = parameters;
            this.resultSelector = resultSelector;
            this.resultPath = resultPath;
            this.credentials = credentials;
            this.timeout = timeout;
            this.heartbeat = heartbeat;
            this.retriers = java.util.List.copyOf(retriers);
            this.catchers = java.util.List.copyOf(catchers);
        }

        public dev.lockstep.engine.spi.TaskResource resource() {
            return resource;
        }

        /** Compiled Parameters, or null. */
        public ValueExpression parameters() {
            return parameters;
        }

        /** Compiled ResultSelector, or null. */
        public ValueExpression resultSelector() {
            return resultSelector;
        }

        public ResultPathField resultPath() {
            return resultPath;
        }

        /** Compiled Credentials, or null. */
        public ValueExpression credentials() {
            return credentials;
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
