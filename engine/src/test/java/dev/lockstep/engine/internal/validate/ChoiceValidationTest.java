package dev.lockstep.engine.internal.validate;

import static dev.lockstep.engine.internal.validate.Definitions.assertDiagnostics;
import static dev.lockstep.engine.internal.validate.Definitions.assertValid;
import static dev.lockstep.engine.internal.validate.Definitions.schema;

import org.junit.jupiter.api.Test;

/** Choice rules (developer guide, "Choice workflow state"; https://states-language.net, "Choice State"). */
class ChoiceValidationTest {

    /** A and B are Succeed states; D, the default, leads to B, so B is reachable whether a rule names it or not. */
    private static final String THREE_TARGETS =
            ",'A':{'Type':'Succeed'},'B':{'Type':'Succeed'},'D':{'Type':'Pass','Next':'B'}";

    /** A Choice state C with the given rules, defaulting to D. */
    private static String choice(String rules) {
        return "{'StartAt':'C','States':{'C':{'Type':'Choice','Default':'D','Choices':" + rules + "}" + THREE_TARGETS
                + "}}";
    }

    private static String jsonataChoice(String rules) {
        return "{'QueryLanguage':'JSONata','StartAt':'C','States':{'C':{'Type':'Choice','Default':'D','Choices':"
                + rules + "}" + THREE_TARGETS + "}}";
    }

    private static String rule(String comparison) {
        return choice("[{'Variable':'$.v'," + comparison + ",'Next':'A'}]");
    }

    @Test
    void the_developer_guides_jsonpath_example_is_valid() {
        assertValid(choice("[{'Not':{'Variable':'$.type','StringEquals':'Private'},'Next':'A'},"
                + "{'And':[{'Variable':'$.value','IsPresent':true},{'Variable':'$.value','IsNumeric':true},"
                + "{'Variable':'$.value','NumericGreaterThanEquals':20},{'Variable':'$.value','NumericLessThan':30}],"
                + "'Assign':{'range':'twenties'},'Next':'B'},"
                + "{'Variable':'$.rating','NumericGreaterThanPath':'$.auditThreshold','Next':'A'}]"));
    }

    @Test
    void a_choice_needs_choices() {
        assertDiagnostics("{'StartAt':'C','States':{'C':{'Type':'Choice','Default':'D'},'D':{'Type':'Succeed'}}}")
                .containsExactly(schema("These fields are required: [Choices]", "/States/C"));
    }

    @Test
    void choices_cannot_be_empty() {
        assertDiagnostics(choice("[]")).startsWith(schema("Value cannot be empty", "/States/C/Choices"));
    }

    @Test
    void choices_must_be_an_array_of_objects() {
        assertDiagnostics(choice("{}")).startsWith(schema("Expected value of type [ARRAY]", "/States/C/Choices"));
        assertDiagnostics(choice("['A']"))
                .startsWith(schema("Expected value of type [OBJECT]", "/States/C/Choices[0]"));
    }

    @Test
    void a_top_level_rule_needs_next() {
        assertDiagnostics(choice("[{'Variable':'$.v','IsPresent':true}]"))
                .startsWith(schema("These fields are required: [Next]", "/States/C/Choices[0]"));
    }

    @Test
    void a_rule_without_a_comparison_is_refused() {
        assertDiagnostics(choice("[{'Variable':'$.v','Next':'A'}]"))
                .startsWith(schema(
                        "A Choice Rule must have exactly one comparison operator (such as StringEquals), or one of And,"
                                + " Or, Not",
                        "/States/C/Choices[0]"));
    }

    @Test
    void a_rule_with_two_comparisons_names_them() {
        assertDiagnostics(rule("'StringEquals':'a','IsPresent':true"))
                .startsWith(schema(
                        "There should only be one of the following fields: [StringEquals, IsPresent]",
                        "/States/C/Choices[0]"));
    }

    @Test
    void a_comparison_needs_a_variable() {
        assertDiagnostics(choice("[{'StringEquals':'a','Next':'A'}]"))
                .startsWith(schema("These fields are required: [Variable]", "/States/C/Choices[0]"));
    }

    @Test
    void a_variable_must_be_a_string() {
        assertDiagnostics(choice("[{'Variable':5,'IsNull':true,'Next':'A'}]"))
                .startsWith(schema("Expected value of type [STRING]", "/States/C/Choices[0]/Variable"));
    }

    @Test
    void string_comparisons_need_a_string() {
        assertDiagnostics(rule("'StringEquals':5"))
                .startsWith(schema("Expected value of type [STRING]", "/States/C/Choices[0]/StringEquals"));
        assertValid(rule("'StringLessThanEquals':'m'"));
    }

    @Test
    void numeric_comparisons_need_a_number() {
        assertDiagnostics(rule("'NumericEquals':'1'"))
                .startsWith(schema("Expected value of type [NUMBER]", "/States/C/Choices[0]/NumericEquals"));
        assertValid(rule("'NumericGreaterThan':1.5"));
    }

    @Test
    void boolean_equals_needs_a_boolean() {
        assertDiagnostics(rule("'BooleanEquals':'true'"))
                .startsWith(schema("Expected value of type [BOOLEAN]", "/States/C/Choices[0]/BooleanEquals"));
    }

    @Test
    void type_tests_need_a_boolean() {
        assertDiagnostics(rule("'IsTimestamp':1"))
                .startsWith(schema("Expected value of type [BOOLEAN]", "/States/C/Choices[0]/IsTimestamp"));
        assertValid(rule("'IsString':false"));
    }

    @Test
    void timestamp_comparisons_need_an_rfc3339_timestamp() {
        assertValid(rule("'TimestampEquals':'2001-01-01T12:00:00Z'"));
        assertDiagnostics(rule("'TimestampLessThan':'2001-01-01 12:00:00Z'"))
                .startsWith(schema(
                        ValidationMessages.invalidTimestamp("2001-01-01 12:00:00Z"),
                        "/States/C/Choices[0]/TimestampLessThan"));
    }

    @Test
    void a_timestamp_needs_an_uppercase_t_and_a_zone() {
        assertDiagnostics(rule("'TimestampEquals':'2001-01-01t12:00:00Z'")).hasSize(1);
        assertDiagnostics(rule("'TimestampEquals':'2001-01-01T12:00:00'")).hasSize(1);
        assertDiagnostics(rule("'TimestampEquals':'2001-01-01T12:00:00z'")).hasSize(1);
    }

    @Test
    void path_comparisons_need_a_string() {
        assertDiagnostics(rule("'StringEqualsPath':5"))
                .startsWith(schema("Expected value of type [STRING]", "/States/C/Choices[0]/StringEqualsPath"));
        assertValid(rule("'TimestampGreaterThanPath':'$.other'"));
    }

    @Test
    void string_matches_takes_a_pattern_and_has_no_path_variant() {
        assertValid(rule("'StringMatches':'log-*.txt'"));
        assertDiagnostics(rule("'StringMatchesPath':'$.p'"))
                .containsExactly(
                        schema("Field 'StringMatchesPath' is not supported", "/States/C/Choices[0]"),
                        schema(ValidationMessages.choiceRuleWithoutComparison(), "/States/C/Choices[0]"));
    }

    @Test
    void and_and_or_need_non_empty_arrays() {
        assertDiagnostics(choice("[{'And':[],'Next':'A'}]"))
                .containsExactly(schema("Value cannot be empty", "/States/C/Choices[0]/And"));
        assertDiagnostics(choice("[{'Or':{'Variable':'$.v','IsNull':true},'Next':'A'}]"))
                .containsExactly(schema("Expected value of type [ARRAY]", "/States/C/Choices[0]/Or"));
    }

    @Test
    void not_needs_a_single_rule() {
        assertDiagnostics(choice("[{'Not':[{'Variable':'$.v','IsNull':true}],'Next':'A'}]"))
                .containsExactly(schema("Expected value of type [OBJECT]", "/States/C/Choices[0]/Not"));
    }

    @Test
    void next_is_not_supported_inside_and_or_not() {
        assertDiagnostics(choice("[{'And':[{'Variable':'$.v','IsNull':true,'Next':'B'}],'Next':'A'}]"))
                .containsExactly(schema("Field 'Next' is not supported", "/States/C/Choices[0]/And[0]"));
        assertDiagnostics(choice("[{'Not':{'Variable':'$.v','IsNull':true,'Next':'B'},'Next':'A'}]"))
                .containsExactly(schema("Field 'Next' is not supported", "/States/C/Choices[0]/Not"));
    }

    @Test
    void assign_is_not_supported_inside_a_nested_rule() {
        assertDiagnostics(choice("[{'Or':[{'Variable':'$.v','IsNull':true,'Assign':{'x':1}}],'Next':'A'}]"))
                .containsExactly(schema("Field 'Assign' is not supported", "/States/C/Choices[0]/Or[0]"));
    }

    @Test
    void a_boolean_expression_takes_no_variable() {
        assertDiagnostics(choice("[{'Variable':'$.v','Not':{'Variable':'$.v','IsNull':true},'Next':'A'}]"))
                .containsExactly(schema("Field 'Variable' is not supported", "/States/C/Choices[0]"));
    }

    @Test
    void an_unknown_field_is_reported_at_the_rule() {
        assertDiagnostics(rule("'IsNull':true,'Weight':3"))
                .containsExactly(schema("Field 'Weight' is not supported", "/States/C/Choices[0]"));
    }

    @Test
    void nested_rules_are_checked_at_every_depth() {
        assertDiagnostics(choice("[{'Not':{'Or':[{'And':[{'Variable':'$.v','NumericEquals':'x'}]}]},'Next':'A'}]"))
                .containsExactly(schema(
                        "Expected value of type [NUMBER]", "/States/C/Choices[0]/Not/Or[0]/And[0]/NumericEquals"));
    }

    @Test
    void default_must_be_a_string() {
        assertDiagnostics("{'StartAt':'C','States':{'C':{'Type':'Choice','Default':['A'],"
                        + "'Choices':[{'Variable':'$.v','IsNull':true,'Next':'A'}]},'A':{'Type':'Succeed'}}}")
                .containsExactly(schema("Expected value of type [STRING]", "/States/C/Default"));
    }

    @Test
    void a_choice_without_default_is_valid() {
        assertValid("{'StartAt':'C','States':{'C':{'Type':'Choice',"
                + "'Choices':[{'Variable':'$.v','IsNull':true,'Next':'A'}]},'A':{'Type':'Succeed'}}}");
    }

    @Test
    void a_jsonata_rule_needs_a_condition_and_next() {
        assertDiagnostics(jsonataChoice("[{}]"))
                .startsWith(schema("These fields are required: [Condition, Next]", "/States/C/Choices[0]"));
    }

    @Test
    void a_jsonata_condition_is_a_boolean_or_a_jsonata_string() {
        assertValid(jsonataChoice("[{'Condition':'{% $states.input.type != \\'Private\\' %}','Next':'A'},"
                + "{'Condition':true,'Assign':{'range':'twenties'},'Next':'B'},"
                + "{'Condition':'{% $states.input.rating >= 3 %}','Output':{'excess':'{% 1 %}'},'Next':'A'}]"));
        assertDiagnostics(jsonataChoice("[{'Condition':'true','Next':'A'}]"))
                .containsExactly(schema(
                        "Expected value of type [BOOLEAN] or a JSONata string {% ... %}",
                        "/States/C/Choices[0]/Condition"));
        assertDiagnostics(jsonataChoice("[{'Condition':1,'Next':'A'}]")).hasSize(1);
    }

    @Test
    void a_rule_next_must_be_a_string() {
        assertDiagnostics(choice("[{'Variable':'$.v','IsNull':true,'Next':{}}]"))
                .startsWith(schema("Expected value of type [STRING]", "/States/C/Choices[0]/Next"));
    }
}
