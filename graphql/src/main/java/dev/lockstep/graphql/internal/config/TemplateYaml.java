package dev.lockstep.graphql.internal.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.graphql.internal.cloudformation.TemplateTree;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads an API file, JSON or YAML, into plain maps and lists, the way {@link TemplateTree} reads templates: CloudFormation's
 * short-form intrinsics ({@code !Ref X}, {@code !GetAtt A.B}, {@code !Sub ...}) become their long forms ({@code {"Ref":
 * "X"}}, {@code {"Fn::GetAtt": "A.B"}}, ...). One reader for templates here and in the JUnit extension.
 */
final class TemplateYaml {

    private TemplateYaml() {}

    /**
     * The document: a map, a list, a scalar, or null for an empty text.
     *
     * @throws UncheckedIOException when the text is neither JSON nor YAML
     */
    static Object read(String text) {
        JsonNode tree;
        try {
            tree = TemplateTree.read(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return tree.isMissingNode() ? null : TemplateTree.JSON.convertValue(tree, Object.class);
    }
}
