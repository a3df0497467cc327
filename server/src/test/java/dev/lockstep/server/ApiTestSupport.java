package dev.lockstep.server;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/** Small helpers for tests that drive the API with the AWS SDK. */
final class ApiTestSupport {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private ApiTestSupport() {}

    /** A state machine name no other test uses. */
    static String uniqueName(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet();
    }

    static String create(SfnClient sfn, String name, String definition) {
        return sfn.createStateMachine(r -> r.name(name).definition(definition).roleArn(Definitions.ROLE))
                .stateMachineArn();
    }

    static String createExpress(SfnClient sfn, String name, String definition) {
        return sfn.createStateMachine(r -> r.name(name)
                        .definition(definition)
                        .roleArn(Definitions.ROLE)
                        .type(StateMachineType.EXPRESS))
                .stateMachineArn();
    }

    /** The SDK exception a call throws, of the type the SDK maps AWS's error name to. */
    static <T extends SfnException> T failure(Class<T> type, ThrowingCallable call) {
        T exception = catchThrowableOfType(type, call);
        if (exception == null) {
            throw new AssertionError("expected " + type.getSimpleName() + " but the call succeeded or threw another");
        }
        return exception;
    }
}
