package dev.lockstep.server;

/** State machine definitions the API tests deploy. */
final class Definitions {

    static final String ROLE = "arn:aws:iam::123456789012:role/LockstepTestRole";

    /** One Pass state with a fixed result, as LocalStack's BASE_PASS_RESULT template. */
    static final String PASS = "{\"Comment\":\"BASE_PASS_RESULT\",\"StartAt\":\"State_1\",\"States\":{\"State_1\":"
            + "{\"Type\":\"Pass\",\"Result\":{\"Arg1\":\"argument1\"},\"End\":true}}}";

    /** The same machine as {@link #PASS}, formatted differently. */
    static final String PASS_REFORMATTED = "{\n  \"Comment\": \"BASE_PASS_RESULT\",\n  \"StartAt\": \"State_1\",\n"
            + "  \"States\": {\"State_1\": {\"Type\": \"Pass\", \"Result\": {\"Arg1\": \"argument1\"}, \"End\": true}}\n}";

    /** Waits an hour, then passes its input on. */
    static final String WAIT_AN_HOUR =
            "{\"StartAt\":\"Pause\",\"States\":{\"Pause\":{\"Type\":\"Wait\",\"Seconds\":3600,"
                    + "\"Next\":\"Done\"},\"Done\":{\"Type\":\"Pass\",\"End\":true}}}";

    /** Three Pass states in a row: the shape of the load benchmark. */
    static final String THREE_PASSES = "{\"StartAt\":\"A\",\"States\":{"
            + "\"A\":{\"Type\":\"Pass\",\"Result\":{\"step\":1},\"ResultPath\":\"$.a\",\"Next\":\"B\"},"
            + "\"B\":{\"Type\":\"Pass\",\"Result\":{\"step\":2},\"ResultPath\":\"$.b\",\"Next\":\"C\"},"
            + "\"C\":{\"Type\":\"Pass\",\"Result\":{\"step\":3},\"ResultPath\":\"$.c\",\"End\":true}}}";

    /** Fails at once with an error and a cause. */
    static final String FAIL = "{\"StartAt\":\"Refuse\",\"States\":{\"Refuse\":{\"Type\":\"Fail\","
            + "\"Error\":\"Order.Rejected\",\"Cause\":\"Out of stock\"}}}";

    private Definitions() {}
}
