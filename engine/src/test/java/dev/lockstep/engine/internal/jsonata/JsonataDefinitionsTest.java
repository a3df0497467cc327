package dev.lockstep.engine.internal.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.engine.InvalidDefinitionException;
import dev.lockstep.engine.StateMachineDefinition;
import org.junit.jupiter.api.Test;

/** JSONata expressions are parsed once, when the definition is created. */
class JsonataDefinitionsTest {

    @Test
    void a_definition_with_an_expression_that_does_not_parse_is_refused_at_the_field() {
        // floci's notes, measured against AWS: INVALID_JSONATA_EXPRESSION with the parser's message at the field.
        String definition = "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"E\",\"States\":{\"E\":{\"Type\":\"Pass\","
                + "\"Output\":{\"v\":\"{% a[1,2) %}\"},\"End\":true}}}";

        assertThatThrownBy(() -> StateMachineDefinition.parse(definition))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
                    assertThat(e.diagnostics()).hasSize(1);
                    assertThat(e.diagnostics().get(0).code()).isEqualTo("INVALID_JSONATA_EXPRESSION");
                    assertThat(e.diagnostics().get(0).location()).isEqualTo("/States/E/Output/v");
                    assertThat(e.getMessage())
                            .isEqualTo("Invalid State Machine Definition: 'INVALID_JSONATA_EXPRESSION: The JSONata"
                                    + " expression 'a[1,2)' is not valid: S0202: Expected \"]\", got \",\" at"
                                    + " /States/E/Output/v'");
                });
    }

    @Test
    void expressions_in_a_choice_rule_and_a_catcher_are_parsed_too() {
        String choice = "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\","
                + "\"Choices\":[{\"Condition\":\"{% ( %}\",\"Next\":\"D\"}],\"Default\":\"D\"},\"D\":{\"Type\":\"Succeed\"}}}";
        String catcher = "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\","
                + "\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Arguments\":{\"FunctionName\":\"f\"},"
                + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"D\",\"Output\":\"{% ] %}\"}],\"End\":true},"
                + "\"D\":{\"Type\":\"Succeed\"}}}";

        assertThatThrownBy(() -> StateMachineDefinition.parse(choice))
                .isInstanceOfSatisfying(
                        InvalidDefinitionException.class,
                        e -> assertThat(e.diagnostics().get(0).location()).isEqualTo("/States/C/Choices[0]/Condition"));
        assertThatThrownBy(() -> StateMachineDefinition.parse(catcher))
                .isInstanceOfSatisfying(
                        InvalidDefinitionException.class,
                        e -> assertThat(e.diagnostics().get(0).location()).isEqualTo("/States/T/Catch/0/Output"));
    }
}
