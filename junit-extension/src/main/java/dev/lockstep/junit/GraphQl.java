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
 * An AppSync GraphQL API for the tests, from a lockstep-graphql configuration file or the app's CloudFormation, SAM
 * or CDK template, on the class or a test method (the method wins), with the {@link Substitution @Substitution} values
 * as template parameters. It is loaded and compiled once per run, and on first use in a test bound to that test's
 * engine, which then runs its Step Functions data sources. Tests receive it as a {@code dev.lockstep.graphql.GraphQlApi}
 * parameter or field, and the in-process server serves it at {@code /graphql}.
 *
 * <pre>{@code
 * @GraphQl("graphql/orders-api.yaml")
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface GraphQl {

    /** A classpath resource that is a file (schema and resolver paths are relative to it); empty with {@link #file()}. */
    String value() default "";

    /** A file path; empty when {@link #value()} is given. */
    String file() default "";
}
