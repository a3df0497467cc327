package dev.lockstep.engine.internal.compile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.internal.jsonata.JsonataField;
import dev.lockstep.engine.internal.jsonata.JsonataScope;
import dev.lockstep.engine.internal.path.ValueExpression;

/**
 * How data flows through a state, in the state's query language: what the state works on, and how its result becomes
 * its output and its variable assignments. The interpreter asks the flow; it never asks which language a state uses.
 *
 * <ul>
 *   <li>JSONPath (developer guide, "Processing input and output"): InputPath, Parameters, the work, ResultSelector,
 *       Assign ({@code $} is the result), ResultPath, OutputPath.
 *   <li>JSONata ("Transforming data with JSONata"): Arguments, the work, then Assign and Output, which read
 *       {@code $states.input}, {@code $states.result} (Task, Parallel, Map) and {@code $states.errorOutput} (Catch).
 * </ul>
 *
 * <p>Assign and Output are both evaluated before any variable is assigned, so both see the values from before the
 * state ran (developer guide, variables: evaluation order; AWS recording: OutputPath {@code $answer} gives the old
 * value while the same state assigns {@code answer}).
 */
public abstract class DataFlow {

    /**
     * How a state leaves: its output, the variables it assigns (null for none), and at least the output's size in bytes
     * (the exact size is measured only when the bound could pass the payload limit).
     */
    public record Exit(JsonNode output, ObjectNode assigned, long outputBound) {}

    private DataFlow() {}

    /** What the state works on: the input with InputPath applied (JSONPath), the input itself (JSONata). */
    public abstract JsonNode effectiveInput(StateScope scope);

    /**
     * What a Task sends or a Pass produces from its arguments: Parameters over the effective input (JSONPath),
     * Arguments (JSONata); the effective input when the state has neither.
     */
    public abstract JsonNode arguments(StateScope scope, JsonNode effective);

    /** A Task's Credentials, evaluated; null when it has none. */
    public abstract JsonNode credentials(StateScope scope, JsonNode effective);

    /** True when {@link #arguments} can only return {@code effective} (no Parameters, no Arguments). */
    public abstract boolean passesInput();

    /**
     * The state's exit for {@code result}: the task's result, or for states without one the value they pass on.
     *
     * @param assign the Assign block that applies (a Choice passes its matched rule's), or null
     * @param output the JSONata Output that applies, or null
     */
    public abstract Exit exit(
            StateScope scope,
            JsonNode result,
            long inputSize,
            long resultSize,
            AssignField assign,
            JsonataField output);

    /** The exit through {@code catcher} with {@code errorOutput} ({"Error": ..., "Cause": ...}). */
    public abstract Exit caught(StateScope scope, Catcher catcher, JsonNode errorOutput, long inputSize);

    static DataFlow jsonPath(
            PathField inputPath,
            PathField outputPath,
            ValueExpression parameters,
            ValueExpression resultSelector,
            ResultPathField resultPath,
            ValueExpression credentials) {
        return new JsonPathFlow(inputPath, outputPath, parameters, resultSelector, resultPath, credentials);
    }

    static DataFlow jsonata(JsonataField arguments, JsonataField credentials, boolean bindsResult) {
        return new JsonataFlow(arguments, credentials, bindsResult);
    }

    private static final class JsonPathFlow extends DataFlow {
        private final PathField inputPath;
        private final PathField outputPath;
        private final ValueExpression parameters;
        private final ValueExpression resultSelector;
        private final ResultPathField resultPath;
        private final ValueExpression credentials;

        JsonPathFlow(
                PathField inputPath,
                PathField outputPath,
                ValueExpression parameters,
                ValueExpression resultSelector,
                ResultPathField resultPath,
                ValueExpression credentials) {
            this.inputPath = inputPath;
            this.outputPath = outputPath;
            this.parameters = parameters;
            this.resultSelector = resultSelector;
            this.resultPath = resultPath;
            this.credentials = credentials;
        }

        @Override
        public JsonNode effectiveInput(StateScope scope) {
            JsonNode effective = inputPath.apply(scope.input(), scope);
            scope.inspect("afterInputPath", effective);
            return effective;
        }

        @Override
        public JsonNode arguments(StateScope scope, JsonNode effective) {
            JsonNode arguments = parameters == null ? effective : parameters.evaluate(contextFor(scope, effective));
            scope.inspect("afterParameters", arguments);
            return arguments;
        }

        @Override
        public JsonNode credentials(StateScope scope, JsonNode effective) {
            return credentials == null ? null : credentials.evaluate(contextFor(scope, effective));
        }

        @Override
        public boolean passesInput() {
            return parameters == null;
        }

        @Override
        public Exit exit(
                StateScope scope,
                JsonNode result,
                long inputSize,
                long resultSize,
                AssignField assign,
                JsonataField output) {
            scope.inspect("result", result);
            JsonNode selected = resultSelector == null ? result : resultSelector.evaluate(scope.withInput(result));
            scope.inspect("afterResultSelector", selected);
            long selectedSize = selected == result ? resultSize : Json.utf8Size(selected);
            ObjectNode assigned = assign == null ? null : assign.evaluate(contextFor(scope, selected), scope);
            JsonNode combined = resultPath.apply(scope.input(), selected);
            scope.inspect("afterResultPath", combined);
            return new Exit(outputPath.apply(combined, scope), assigned, resultPath.sizeBound(inputSize, selectedSize));
        }

        @Override
        public Exit caught(StateScope scope, Catcher catcher, JsonNode errorOutput, long inputSize) {
            ObjectNode assigned =
                    catcher.assign() == null ? null : catcher.assign().evaluate(scope.withInput(errorOutput), scope);
            return new Exit(
                    catcher.resultPath().apply(scope.input(), errorOutput),
                    assigned,
                    catcher.resultPath().sizeBound(inputSize, Json.utf8Size(errorOutput)));
        }

        private static dev.lockstep.engine.internal.path.EvaluationContext contextFor(
                StateScope scope, JsonNode value) {
            return value == scope.input() ? scope : scope.withInput(value);
        }
    }

    private static final class JsonataFlow extends DataFlow {
        private final JsonataField arguments;
        private final JsonataField credentials;
        private final boolean bindsResult;

        JsonataFlow(JsonataField arguments, JsonataField credentials, boolean bindsResult) {
            this.arguments = arguments;
            this.credentials = credentials;
            this.bindsResult = bindsResult;
        }

        @Override
        public JsonNode effectiveInput(StateScope scope) {
            return scope.input();
        }

        @Override
        public JsonNode arguments(StateScope scope, JsonNode effective) {
            JsonNode evaluated = arguments == null ? effective : arguments.evaluate(scope);
            scope.inspect("afterArguments", evaluated);
            return evaluated;
        }

        @Override
        public JsonNode credentials(StateScope scope, JsonNode effective) {
            return credentials == null ? null : credentials.evaluate(scope);
        }

        @Override
        public boolean passesInput() {
            return arguments == null;
        }

        @Override
        public Exit exit(
                StateScope scope,
                JsonNode result,
                long inputSize,
                long resultSize,
                AssignField assign,
                JsonataField output) {
            scope.inspect("result", result);
            JsonataScope states = bindsResult ? scope.withResult(result) : scope;
            ObjectNode assigned = assign == null ? null : assign.evaluate(scope, states);
            if (output == null) {
                return new Exit(result, assigned, resultSize);
            }
            // An expression's output has no bound short of its size: the strand measures it.
            return new Exit(output.evaluate(states), assigned, Long.MAX_VALUE);
        }

        @Override
        public Exit caught(StateScope scope, Catcher catcher, JsonNode errorOutput, long inputSize) {
            JsonataScope states = scope.withErrorOutput(errorOutput);
            ObjectNode assigned =
                    catcher.assign() == null ? null : catcher.assign().evaluate(scope, states);
            if (catcher.output() == null) {
                return new Exit(errorOutput, assigned, Json.utf8Size(errorOutput));
            }
            return new Exit(catcher.output().evaluate(states), assigned, Long.MAX_VALUE);
        }
    }
}
