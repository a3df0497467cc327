package dev.lockstep.graphql.internal.vtl;

import dev.lockstep.graphql.internal.util.TemplateErrorSignal;
import java.io.StringWriter;
import java.util.Map;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.VelocityException;

/** A compiled mapping template. Thread-safe: every rendering has its own context. */
public final class VtlTemplate {

    private final String name;
    private final Template template;

    VtlTemplate(String name, Template template) {
        this.name = name;
        this.template = template;
    }

    public String name() {
        return name;
    }

    /**
     * Renders the template with these variables ({@code ctx}, {@code context}, {@code util}, {@code utils}). The map
     * becomes the rendering's own variables, which {@code #set} changes: give each rendering a new one.
     *
     * @throws TemplateErrorSignal when the template calls {@code $util.error}, {@code $util.unauthorized} or a failing
     *     {@code $util.validate}
     * @throws VtlRuntimeException when a method the template calls fails
     */
    public Rendering render(Map<String, Object> variables) {
        VelocityContext context = new VelocityContext(variables);
        StringWriter out = new StringWriter();
        try {
            template.merge(context, out);
            return new Rendering(out.toString(), false, null);
        } catch (RuntimeException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof ReturnDirective.ReturnSignal signal) {
                return new Rendering(out.toString(), true, signal.value());
            }
            if (cause instanceof TemplateErrorSignal signal) {
                throw signal;
            }
            if (cause instanceof VtlRuntimeException vtl) {
                throw vtl;
            }
            throw new VtlRuntimeException(describe(e, cause), cause);
        }
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        for (int i = 0; i < 20 && current != null; i++) {
            if (current instanceof ReturnDirective.ReturnSignal
                    || current instanceof TemplateErrorSignal
                    || current instanceof VtlRuntimeException) {
                return current;
            }
            if (current.getCause() == null || current.getCause() == current) {
                return current;
            }
            current = current.getCause();
        }
        return current;
    }

    private static String describe(RuntimeException e, Throwable cause) {
        if (e instanceof MethodInvocationException mie) {
            String reason = cause != null && cause != e && cause.getMessage() != null
                    ? cause.getMessage()
                    : cause == null ? "unknown failure" : cause.getClass().getSimpleName();
            return "Invocation of method '" + mie.getMethodName() + "' in " + mie.getReferenceName() + " at "
                    + location(mie) + " threw: " + reason;
        }
        if (e instanceof VelocityException && e.getMessage() != null) {
            return e.getMessage();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static String location(MethodInvocationException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
    }

    /**
     * What a rendering produced.
     *
     * @param text the rendered text (up to the {@code #return}, if any)
     * @param returned whether the template ended with {@code #return}
     * @param returnValue the value given to {@code #return}
     */
    public record Rendering(String text, boolean returned, Object returnValue) {}
}
