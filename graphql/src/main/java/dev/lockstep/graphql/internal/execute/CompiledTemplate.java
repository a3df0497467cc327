package dev.lockstep.graphql.internal.execute;

import dev.lockstep.graphql.internal.vtl.VtlEngine;
import dev.lockstep.graphql.internal.vtl.VtlSyntaxException;
import dev.lockstep.graphql.internal.vtl.VtlTemplate;

/**
 * A mapping template compiled once when the API is built. A template that is not valid VTL is kept with its syntax
 * error: AppSync accepts it at creation and fails each request that runs it with a MappingTemplate error, while the
 * rest of the API keeps working.
 */
final class CompiledTemplate {

    private final VtlTemplate template;
    private final String syntaxError;

    private CompiledTemplate(VtlTemplate template, String syntaxError) {
        this.template = template;
        this.syntaxError = syntaxError;
    }

    static CompiledTemplate compile(String source, String name) {
        if (source == null) {
            return null;
        }
        try {
            return new CompiledTemplate(VtlEngine.shared().compile(source, name), null);
        } catch (VtlSyntaxException e) {
            return new CompiledTemplate(null, e.getMessage());
        }
    }

    VtlTemplate template() {
        if (template == null) {
            throw new FieldFailure(syntaxError, "MappingTemplate", null, null);
        }
        return template;
    }
}
