package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * A Step Functions Local mock configuration file (developer guide: "Configuration file for mocked service
 * integrations") and the test case to run, on the class or a test method (the method wins). Executions started
 * through {@link Lockstep} or an injected state machine run that test case, as {@code stateMachineArn#TestCase}
 * does in Step Functions Local.
 *
 * <pre>{@code
 * @MockConfig(value = "MockConfigFile.json", testCase = "HappyPath")
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface MockConfig {

    /** A classpath resource; empty when {@link #file()} is given. */
    String value() default "";

    /** A file path; empty when {@link #value()} is given. */
    String file() default "";

    /** The test case to run; empty: none (the file's mocks apply only to executions that name one). */
    String testCase() default "";
}
