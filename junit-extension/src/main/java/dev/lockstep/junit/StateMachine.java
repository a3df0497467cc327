package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.lockstep.engine.StateMachineType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * A state machine to deploy for the tests of a class (on the class) or for one test (on the method); repeatable.
 *
 * <p>The definition comes from the classpath ({@link #value()}) or from a file ({@link #file()}, relative to the
 * working directory, which Maven and Gradle set to the module's folder). It may be:
 *
 * <ul>
 *   <li>an Amazon States Language definition, JSON or YAML;
 *   <li>a CloudFormation or SAM template, or a CDK synthesized template from {@code cdk.out}: every {@code
 *       AWS::StepFunctions::StateMachine} and {@code AWS::Serverless::StateMachine} in it is deployed, its {@code
 *       Fn::Join}, {@code Fn::Sub}, {@code Ref} and {@code Fn::GetAtt} resolved against {@link Substitution
 *       @Substitution} values and sensible defaults;
 *   <li>a Serverless Framework {@code serverless.yml}: every state machine under {@code stepFunctions.stateMachines}.
 * </ul>
 *
 * <pre>{@code
 * @StateMachine("workflows/orders.asl.json")
 * @StateMachine(file = "cdk.out/OrdersStack.template.json", select = "OrderWorkflow")
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(StateMachines.class)
public @interface StateMachine {

    /** A classpath resource, e.g. {@code "workflows/orders.asl.json"}; empty when {@link #file()} is given. */
    String value() default "";

    /** A file path, e.g. {@code "infra/cdk.out/OrdersStack.template.json"}; empty when {@link #value()} is given. */
    String file() default "";

    /**
     * The name to deploy under. Default: for a definition file, its name up to the first dot ({@code orders.asl.json}
     * deploys {@code orders}); for templates, each state machine's {@code StateMachineName} (or {@code name}), else its
     * logical id (or key). Only for files holding one state machine, or with {@link #select()}.
     */
    String name() default "";

    /**
     * For templates holding several state machines: deploy only this one, chosen by logical id, key or name. Default:
     * all of them.
     */
    String select() default "";

    /**
     * The type for a plain definition file; templates say their own type ({@code StateMachineType}, {@code Type},
     * {@code type}) and default to STANDARD.
     */
    StateMachineType type() default StateMachineType.STANDARD;
}
