package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.intrinsic.IntrinsicWarning;
import dev.lockstep.engine.internal.intrinsic.Intrinsics;
import dev.lockstep.engine.internal.path.JsonPath;
import dev.lockstep.engine.internal.path.ReferencePath;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Checks of JSONPath-language values: Paths, Reference Paths, ResultPath, payload templates and Assign. The syntax
 * itself is judged by the compilers of the {@code path} and {@code intrinsic} packages, so the validator and the
 * runtime can never disagree about what a path means.
 */
final class PathChecks {

    /** Intrinsics that Fail's ErrorPath and CausePath accept (developer guide, "Fail workflow state"). */
    static final List<String> FAIL_INTRINSICS = List.of(
            "States.Format",
            "States.JsonToString",
            "States.ArrayGetItem",
            "States.Base64Encode",
            "States.Base64Decode",
            "States.Hash",
            "States.UUID");

    private static final Pattern INTRINSIC_CALL = Pattern.compile("States\\.[A-Za-z0-9_.]+\\(.*\\)", Pattern.DOTALL);

    private final Diagnostics diagnostics;
    private final Checks checks;

    PathChecks(Diagnostics diagnostics, Checks checks) {
        this.diagnostics = diagnostics;
        this.checks = checks;
    }

    /** A Path (InputPath, OutputPath); JSON null is allowed there and means "discard". */
    void path(JsonNode value, Location at, String field) {
        if (value.isNull() || !checks.string(value, at)) {
            return;
        }
        compile(
                () -> JsonPath.compile(value.textValue()),
                problem -> ValidationMessages.invalidPath(field, problem),
                at);
    }

    /** A Reference Path: a path that selects exactly one value (Variable, ItemsPath, SecondsPath, ...). */
    void referencePath(JsonNode value, Location at, String field) {
        if (!checks.string(value, at)) {
            return;
        }
        JsonPath path = compile(
                () -> JsonPath.compile(value.textValue()),
                problem -> ValidationMessages.invalidReferencePath(field, problem),
                at);
        if (path != null && !path.isReferencePath()) {
            diagnostics.schema(ValidationMessages.notAReferencePath(field), at);
        }
    }

    /** ResultPath: a Reference Path on {@code $}, or null to discard the result. */
    void resultPath(JsonNode value, Location at, String field) {
        if (value.isNull() || !checks.string(value, at)) {
            return;
        }
        compile(
                () -> ReferencePath.compile(value.textValue()),
                problem -> ValidationMessages.invalidReferencePath(field, problem),
                at);
    }

    /** Fail's ErrorPath or CausePath: a Reference Path, or a call to one of {@link #FAIL_INTRINSICS}. */
    void failPath(JsonNode value, Location at, String field) {
        if (!checks.string(value, at)) {
            return;
        }
        String text = value.textValue();
        if (!Intrinsics.isCall(text)) {
            referencePath(value, at, field);
            return;
        }
        Intrinsics.CompiledCall call = compile(
                () -> Intrinsics.compile(text),
                problem -> ValidationMessages.invalidFailPath(field, FAIL_INTRINSICS),
                at);
        if (call == null) {
            return;
        }
        if (!FAIL_INTRINSICS.contains(call.functionName())) {
            diagnostics.schema(ValidationMessages.invalidFailPath(field, FAIL_INTRINSICS), at);
            return;
        }
        lint(call, at);
    }

    /**
     * A payload template (Parameters, ResultSelector, ItemSelector, Credentials...): an object whose keys ending in
     * {@code .$} hold a path or an intrinsic call. An invalid {@code .$} value is reported at the field in AWS's
     * words; a key without {@code .$} whose value looks like a path gets the NO_DOLLAR warning. These checks and
     * {@link dev.lockstep.engine.internal.path.PayloadTemplate#compile} refuse the same templates.
     */
    void template(JsonNode value, Location at, String field) {
        if (checks.object(value, at)) {
            templateValue(value, at, at);
        }
    }

    /**
     * Assign: an object whose keys name variables. In a JSONPath state it is also a payload template; in a JSONata
     * state its strings may be JSONata expressions.
     */
    void assign(JsonNode value, Location at, QueryLanguage language) {
        if (!checks.object(value, at)) {
            return;
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            String variable =
                    language == QueryLanguage.JSONPATH && key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            VariableNames.problem(variable)
                    .ifPresent(problem -> diagnostics.error(problem.code(), problem.message(), at.field(key)));
        }
        if (language == QueryLanguage.JSONPATH) {
            template(value, at, "Assign");
        } else {
            checks.jsonataStrings(value, at);
        }
    }

    /** A string that a JSONPath author most likely meant as a path or an intrinsic call. */
    static boolean looksLikePathOrIntrinsic(String text) {
        return looksLikePath(text) || INTRINSIC_CALL.matcher(text).matches();
    }

    static boolean looksLikePath(String text) {
        return text.equals("$") || text.startsWith("$.") || text.startsWith("$[") || text.startsWith("$$");
    }

    private void templateValue(JsonNode value, Location field, Location at) {
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                templateValue(value.get(i), field, at.index(i));
            }
            return;
        }
        if (!value.isObject()) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String key = entry.getKey();
            JsonNode child = entry.getValue();
            boolean dynamic = key.endsWith(".$");
            String name = dynamic ? key.substring(0, key.length() - 2) : key;
            if (!names.add(name)) {
                diagnostics.schema(ValidationMessages.duplicateTemplateKey(name), field);
            }
            if (dynamic) {
                dynamicValue(key, child, field, at.field(key));
            } else if (child.isTextual() && looksLikePathOrIntrinsic(child.textValue())) {
                diagnostics.warning(DiagnosticCodes.NO_DOLLAR, ValidationMessages.noDollar(), at.field(key));
            } else {
                templateValue(child, field, at.field(key));
            }
        }
    }

    private void dynamicValue(String key, JsonNode value, Location field, Location at) {
        if (!value.isTextual()) {
            diagnostics.schema(ValidationMessages.invalidTemplateValue(key), field);
            return;
        }
        String text = value.textValue();
        Function<String, String> invalid = problem -> ValidationMessages.invalidTemplateValue(key);
        if (text.startsWith("$")) {
            compile(() -> JsonPath.compile(text), invalid, field);
            return;
        }
        Intrinsics.CompiledCall call = compile(() -> Intrinsics.compile(text), invalid, field);
        if (call != null) {
            lint(call, at);
        }
    }

    /** Warns of the failures the call's literal arguments make certain ({@link DiagnosticCodes#INTRINSIC_ALWAYS_FAILS}). */
    private void lint(Intrinsics.CompiledCall call, Location at) {
        for (IntrinsicWarning warning : Intrinsics.lint(call)) {
            diagnostics.warning(
                    DiagnosticCodes.INTRINSIC_ALWAYS_FAILS,
                    ValidationMessages.intrinsicAlwaysFails(call.toString(), warning.position(), warning.message()),
                    at);
        }
    }

    /**
     * Runs a compiler of another package; any failure becomes a diagnostic with {@code message}, never an exception
     * that escapes the validator.
     */
    private <T> T compile(Supplier<T> compiler, Function<String, String> message, Location at) {
        try {
            return compiler.get();
        } catch (RuntimeException e) {
            String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            diagnostics.schema(message.apply(problem), at);
            return null;
        }
    }
}
