package dev.lockstep.engine.internal.intrinsic;

import java.util.ArrayList;
import java.util.List;

/** The template of States.Format split into text and {@code {}} placeholders. */
final class FormatTemplate {

    /** A piece of literal text, or a placeholder when {@code text} is null. */
    record Part(String text) {
        static final Part PLACEHOLDER = new Part(null);

        boolean isPlaceholder() {
            return text == null;
        }
    }

    private FormatTemplate() {}

    /**
     * Splits a template. {@code \{}, {@code \}}, {@code \'} and {@code \\} stand for the character itself; any other
     * backslash is kept as written. A brace that is neither escaped nor part of {@code {}} makes the template invalid:
     * AWS accepted such a definition and then failed the execution with "Invalid template in States.Format: matching
     * '}' not found for '{'." (aws/aws-cdk issue #29261). The message for a lone '}' is modelled on it.
     *
     * @throws IntrinsicProblem for an invalid template
     */
    static List<Part> parse(String template) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length() && "'{}\\".indexOf(template.charAt(i + 1)) >= 0) {
                text.append(template.charAt(i + 1));
                i += 2;
            } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                if (text.length() > 0) {
                    parts.add(new Part(text.toString()));
                    text.setLength(0);
                }
                parts.add(Part.PLACEHOLDER);
                i += 2;
            } else if (c == '{') {
                throw IntrinsicProblem.failure("Invalid template in States.Format: matching '}' not found for '{'.");
            } else if (c == '}') {
                throw IntrinsicProblem.failure("Invalid template in States.Format: matching '{' not found for '}'.");
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) {
            parts.add(new Part(text.toString()));
        }
        return parts;
    }
}
