package dev.lockstep.graphql.internal.execute;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lockstep.graphql.internal.json.JsonMessages;
import dev.lockstep.graphql.internal.json.Values;
import dev.lockstep.graphql.internal.util.TemplateErrorSignal;
import dev.lockstep.graphql.internal.util.Util;
import dev.lockstep.graphql.internal.vtl.VtlRuntimeException;
import dev.lockstep.graphql.internal.vtl.VtlTemplate;
import java.util.HashMap;
import java.util.Map;

/** Runs mapping templates with AppSync's variables and reads their output as JSON. */
final class Templates {

    private Templates() {}

    /** What a template produced: its value, and whether {@code #return} produced it. */
    record Outcome(Object value, boolean returned) {}

    /**
     * Renders a template and parses its text as JSON (blank text is null); {@code #return(x)} gives {@code x} as is.
     *
     * @throws FieldFailure for {@code $util.error} and friends, for a failing method, and (errorType MappingTemplate)
     *     for text that is not JSON
     */
    static Outcome run(CompiledTemplate compiled, Map<String, Object> context, Util util) {
        VtlTemplate template = compiled.template();
        Map<String, Object> variables = new HashMap<>();
        variables.put("context", context);
        variables.put("ctx", context);
        variables.put("util", util);
        variables.put("utils", util);
        VtlTemplate.Rendering rendering;
        try {
            rendering = template.render(variables);
        } catch (TemplateErrorSignal signal) {
            throw new FieldFailure(
                    signal.getMessage(),
                    signal.errorType(),
                    Values.copy(signal.data()),
                    Values.copy(signal.errorInfo()));
        } catch (VtlRuntimeException e) {
            throw new FieldFailure(e.getMessage(), "MappingTemplate", null, null);
        }
        if (rendering.returned()) {
            return new Outcome(Values.copy(rendering.returnValue()), true);
        }
        return new Outcome(parse(rendering.text()), false);
    }

    static Object parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Values.read(text);
        } catch (JsonProcessingException e) {
            throw new FieldFailure(
                    "Unable to parse the JSON document: '" + JsonMessages.describe(e)
                            + "'. The mapping template must render valid JSON.",
                    "MappingTemplate",
                    null,
                    null);
        }
    }
}
