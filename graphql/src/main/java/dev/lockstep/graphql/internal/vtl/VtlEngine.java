package dev.lockstep.graphql.internal.vtl;

import java.io.StringReader;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.SimpleNode;

/**
 * Apache Velocity set up to behave like AppSync's VTL: {@code #if} tests only null and false (Velocity 1.7, which
 * AppSync runs, did not treat empty strings and collections as false), {@code #foreach} stops after 1,000 iterations
 * (the AppSync quota), and the {@code #return} directive.
 *
 * <p>One engine serves every template of an API; compiled templates are thread-safe.
 */
public final class VtlEngine {

    /** AppSync quota: "Iterations in a #foreach...#end loop in mapping templates: 1000". */
    public static final int MAX_FOREACH_ITERATIONS = 1000;

    private static final VtlEngine SHARED = new VtlEngine();

    private final RuntimeInstance runtime;

    private VtlEngine() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, "false");
        properties.setProperty(RuntimeConstants.MAX_NUMBER_LOOPS, Integer.toString(MAX_FOREACH_ITERATIONS));
        properties.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
        properties.setProperty(RuntimeConstants.RUNTIME_LOG_REFERENCE_LOG_INVALID, "false");
        properties.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, ReturnDirective.class.getName());
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "string");
        properties.setProperty(
                "resource.loader.string.class", "org.apache.velocity.runtime.resource.loader.StringResourceLoader");
        runtime = new RuntimeInstance();
        runtime.init(properties);
    }

    public static VtlEngine shared() {
        return SHARED;
    }

    /**
     * Compiles a mapping template.
     *
     * @param name where the template comes from, e.g. {@code Query.getPost request}; used in messages
     * @throws VtlSyntaxException when the text is not valid VTL
     */
    public VtlTemplate compile(String source, String name) {
        Template template = new Template();
        template.setName(name);
        template.setRuntimeServices(runtime);
        try {
            SimpleNode document = runtime.parse(new StringReader(source), template);
            template.setData(document);
            template.initDocument();
        } catch (ParseException e) {
            throw new VtlSyntaxException(describe(e), e);
        } catch (ParseErrorException e) {
            throw new VtlSyntaxException(e.getMessage(), e);
        }
        return new VtlTemplate(name, template);
    }

    private static String describe(ParseException e) {
        String message = e.getMessage();
        return message == null ? "the template is not valid VTL" : message.trim();
    }
}
