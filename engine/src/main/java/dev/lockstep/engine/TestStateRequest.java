package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What TestState tests: one state, with an input, and optionally a mocked result or error (API reference: TestState).
 * Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * TestStateRequest.of("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true}")
 *         .input("{\"id\": 7}")
 *         .mockError("Lambda.ServiceException", "boom")
 *         .inspectionLevel(TestStateRequest.InspectionLevel.DEBUG);
 * }</pre>
 *
 * @param definition one state's JSON, or (with {@code stateName}) a whole state machine's definition
 * @param stateName the state to test in a whole definition, or null
 * @param input the state's input as JSON text ({@code {}} when null)
 * @param inspectionLevel how much of the data flow the result shows
 * @param mockResult a mocked result as JSON text (Task states), or null
 * @param mockError a mocked error name (Task states), or null
 * @param mockCause the mocked error's cause, or null
 * @param context a context object as JSON text (with a mock only), or null for Lockstep's
 * @param variables the workflow variables before the state, a JSON object as text, or null
 * @param retrierRetryCount the retries already made by the retrier the mocked error matches
 * @param roleArn the role to run as (required for a Task without a mock, as on AWS), or null
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TestStateRequest(
        String definition,
        String stateName,
        String input,
        InspectionLevel inspectionLevel,
        String mockResult,
        String mockError,
        String mockCause,
        String context,
        String variables,
        int retrierRetryCount,
        String roleArn) {

    /** How much of the data flow TestState shows. */
    public enum InspectionLevel {
        /** The output, or the error; no inspection data. */
        INFO,
        /** Also the input and each step of the data flow. */
        DEBUG,
        /** As DEBUG; AWS adds the HTTP request and response of HTTP tasks. */
        TRACE
    }

    public TestStateRequest {
        Objects.requireNonNull(definition, "definition");
        inspectionLevel = inspectionLevel == null ? InspectionLevel.INFO : inspectionLevel;
    }

    /** A request for one state's JSON, with input {@code {}} at the INFO level. */
    public static TestStateRequest of(String definition) {
        return new TestStateRequest(definition, null, null, null, null, null, null, null, null, 0, null);
    }

    public TestStateRequest stateName(String value) {
        return new TestStateRequest(
                definition,
                value,
                input,
                inspectionLevel,
                mockResult,
                mockError,
                mockCause,
                context,
                variables,
                retrierRetryCount,
                roleArn);
    }

    public TestStateRequest input(String value) {
        return new TestStateRequest(
                definition,
                stateName,
                value,
                inspectionLevel,
                mockResult,
                mockError,
                mockCause,
                context,
                variables,
                retrierRetryCount,
                roleArn);
    }

    public TestStateRequest inspectionLevel(InspectionLevel value) {
        return new TestStateRequest(
                definition,
                stateName,
                input,
                value,
                mockResult,
                mockError,
                mockCause,
                context,
                variables,
                retrierRetryCount,
                roleArn);
    }

    /** Mocks the task's result: the service's whole response, used as the task result as given. */
    public TestStateRequest mockResult(String json) {
        return new TestStateRequest(
                definition,
                stateName,
                input,
                inspectionLevel,
                json,
                mockError,
                mockCause,
                context,
                variables,
                retrierRetryCount,
                roleArn);
    }

    /** Mocks the task failing with {@code error} and {@code cause}. */
    public TestStateRequest mockError(String error, String cause) {
        return new TestStateRequest(
                definition,
                stateName,
                input,
                inspectionLevel,
                mockResult,
                error,
                cause,
                context,
                variables,
                retrierRetryCount,
                roleArn);
    }

    public TestStateRequest context(String json) {
        return new TestStateRequest(
                definition,
                stateName,
                input,
                inspectionLevel,
                mockResult,
                mockError,
                mockCause,
                json,
                variables,
                retrierRetryCount,
                roleArn);
    }

    public TestStateRequest variables(String json) {
        return new TestStateRequest(
                definition,
                stateName,
                input,
                inspectionLevel,
                mockResult,
                mockError,
                mockCause,
                context,
                json,
                retrierRetryCount,
                roleArn);
    }

    public TestStateRequest retrierRetryCount(int value) {
        return new TestStateRequest(
                definition,
                stateName,
                input,
                inspectionLevel,
                mockResult,
                mockError,
                mockCause,
                context,
                variables,
                value,
                roleArn);
    }

    public TestStateRequest roleArn(String value) {
        return new TestStateRequest(
                definition,
                stateName,
                input,
                inspectionLevel,
                mockResult,
                mockError,
                mockCause,
                context,
                variables,
                retrierRetryCount,
                value);
    }

    /** True when a result or an error is mocked. */
    public boolean mocked() {
        return mockResult != null || mockError != null || mockCause != null;
    }
}
