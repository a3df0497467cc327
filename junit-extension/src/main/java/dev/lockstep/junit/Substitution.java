package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * A value for a placeholder of an infrastructure template, on the class or a test method; repeatable. The name is one
 * of:
 *
 * <ul>
 *   <li>a {@code DefinitionSubstitutions} key, or a {@code ${key}} of the definition: {@code ChargeFunctionArn};
 *   <li>a template parameter or a resource's {@code Ref}: {@code TableName}, {@code OrdersQueue};
 *   <li>a resource attribute for {@code Fn::GetAtt}: {@code ChargeCardFunction.Arn};
 *   <li>a pseudo parameter: {@code AWS::Region} (default: the engine's region).
 * </ul>
 *
 * <pre>{@code
 * @Substitution(name = "ChargeCardFunction.Arn", value = "arn:aws:lambda:us-east-1:123456789012:function:charge")
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(Substitutions.class)
public @interface Substitution {
    String name();

    String value();
}
