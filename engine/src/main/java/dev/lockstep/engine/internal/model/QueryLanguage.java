package dev.lockstep.engine.internal.model;

/** The two query languages of the States Language. */
public enum QueryLanguage {
    JSONPATH("JSONPath"),
    JSONATA("JSONata");

    private final String awsName;

    QueryLanguage(String awsName) {
        this.awsName = awsName;
    }

    /** The name as written in definitions: {@code JSONPath} or {@code JSONata}. */
    public String awsName() {
        return awsName;
    }

    /** The language named {@code awsName} in a definition; {@code null} when the name is unknown. */
    public static QueryLanguage fromAwsName(String awsName) {
        for (QueryLanguage language : values()) {
            if (language.awsName.equals(awsName)) {
                return language;
            }
        }
        return null;
    }
}
