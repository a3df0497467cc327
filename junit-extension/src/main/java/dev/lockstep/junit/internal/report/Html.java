package dev.lockstep.junit.internal.report;

/** Escaping for HTML and SVG text and attributes. */
final class Html {

    private Html() {}

    static String escape(String text) {
        return text == null
                ? ""
                : escape(new StringBuilder(text.length() + 16), text).toString();
    }

    /**
     * Appends {@code text} escaped to {@code out}, without a string in between; nothing for null. Safe in attributes
     * and element content alike.
     */
    static StringBuilder escape(StringBuilder out, String text) {
        return escape(out, text, true);
    }

    /**
     * Appends {@code text} escaped for element content, where quotes need no escaping: JSON values in a history
     * table stay a sixth of the size they would be with every quote written {@code &quot;}.
     */
    static StringBuilder text(StringBuilder out, String text) {
        return escape(out, text, false);
    }

    private static StringBuilder escape(StringBuilder out, String text, boolean quotes) {
        if (text == null) {
            return out;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(quotes ? "&quot;" : "\"");
                case '\'' -> out.append(quotes ? "&#39;" : "'");
                default -> out.append(c);
            }
        }
        return out;
    }
}
