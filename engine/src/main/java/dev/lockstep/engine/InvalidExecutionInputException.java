package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * An execution could not start because of its input: not JSON, or larger than 256 KiB. The message says which and
 * where; {@link #parseDetail()} has the JSON parser's own words, from which an API server words AWS's error.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class InvalidExecutionInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String parseDetail;

    public InvalidExecutionInputException(String message) {
        this(message, null);
    }

    /**
     * @param parseDetail why the input is not JSON, in the parser's words; null when it is JSON
     * @since 0.1.0
     */
    public InvalidExecutionInputException(String message, String parseDetail) {
        super(message);
        this.parseDetail = parseDetail;
    }

    /**
     * Why the input is not JSON, in the JSON parser's words and without a position, e.g. {@code Unrecognized token
     * 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')} (AWS quotes these
     * in its InvalidExecutionInput message); {@code Invalid execution input.} for an input with no JSON value in it;
     * null when the input is JSON (and too large).
     *
     * @since 0.1.0
     */
    public String parseDetail() {
        return parseDetail;
    }
}
