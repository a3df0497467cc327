package dev.lockstep.engine.internal.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * A StringMatches pattern: {@code *} matches any run of characters (including none); {@code \*} is a literal
 * asterisk and {@code \\} a literal backslash; nothing else is special (developer guide: Choice state,
 * StringMatches). The whole string must match. Task matchers' resource patterns follow the same rule.
 */
public final class WildcardPattern {

    /** The literal text between stars: n stars give n + 1 segments, some possibly empty. */
    private final List<String> segments;

    private WildcardPattern(List<String> segments) {
        this.segments = segments;
    }

    public static WildcardPattern compile(String pattern) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char escaped = pattern.charAt(i + 1);
                if (escaped == '*' || escaped == '\\') {
                    current.append(escaped);
                    i++;
                    continue;
                }
            }
            if (c == '*') {
                segments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        segments.add(current.toString());
        return new WildcardPattern(List.copyOf(segments));
    }

    public boolean matches(String text) {
        String first = segments.get(0);
        if (segments.size() == 1) {
            return text.equals(first);
        }
        String last = segments.get(segments.size() - 1);
        if (text.length() < first.length() + last.length() || !text.startsWith(first) || !text.endsWith(last)) {
            return false;
        }
        int position = first.length();
        int limit = text.length() - last.length();
        for (int i = 1; i < segments.size() - 1; i++) {
            String segment = segments.get(i);
            int found = text.indexOf(segment, position);
            if (found < 0 || found + segment.length() > limit) {
                return false;
            }
            position = found + segment.length();
        }
        return true;
    }
}
