package dev.lockstep.graphql.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Jackson's parse errors in words for users: the reason and the line and column, without Jackson's source dump. */
public final class JsonMessages {

    private JsonMessages() {}

    public static String describe(JsonProcessingException e) {
        String reason = e.getOriginalMessage()
                .replaceAll(" ?\\(start marker at \\[Source: [^\\]]*\\]\\)", "")
                .replaceAll("\\[Source: [^\\]]*\\]", "")
                .trim();
        if (e.getLocation() == null) {
            return reason;
        }
        return reason + " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }
}
