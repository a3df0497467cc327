package dev.lockstep.graphql.internal.vtl;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * AppSync's {@code #return(data)}: ends the template at once and makes {@code data} (or null, without an argument)
 * the template's result, skipping the rest of the template and the JSON parsing of its text.
 */
public final class ReturnDirective extends Directive {

    @Override
    public String getName() {
        return "return";
    }

    @Override
    public int getType() {
        return LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        Object value = node.jjtGetNumChildren() > 0 ? node.jjtGetChild(0).value(context) : null;
        throw new ReturnSignal(value);
    }

    /** Unwinds the template's rendering with the returned value. */
    public static final class ReturnSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Object value;

        ReturnSignal(Object value) {
            super("#return", null, false, false);
            this.value = value;
        }

        public Object value() {
            return value;
        }
    }
}
