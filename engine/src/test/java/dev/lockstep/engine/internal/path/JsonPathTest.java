package dev.lockstep.engine.internal.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPathTest {

    /** The example document of Jayway's README, which AWS's JSONPath is built on. */
    static final JsonNode STORE = json("""
            {"store": {
               "book": [
                 {"category": "reference", "author": "Nigel Rees", "title": "Sayings of the Century", "price": 8.95},
                 {"category": "fiction", "author": "Evelyn Waugh", "title": "Sword of Honour", "price": 12.99},
                 {"category": "fiction", "author": "Herman Melville", "title": "Moby Dick",
                  "isbn": "0-553-21311-3", "price": 8.99},
                 {"category": "fiction", "author": "J. R. R. Tolkien", "title": "The Lord of the Rings",
                  "isbn": "0-395-19395-8", "price": 22.99}
               ],
               "bicycle": {"color": "red", "price": 19.95}
             },
             "expensive": 10}
            """);

    static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static JsonNode find(String path, JsonNode document) {
        return JsonPath.compile(path).find(document);
    }

    @Nested
    class Definite_paths {

        /** Developer guide, "Reference Paths": the documented results for this input. */
        @Test
        void the_reference_path_examples_of_the_aws_docs_select_their_documented_values() {
            JsonNode input = json("{\"foo\": 123, \"bar\": [\"a\", \"b\", \"c\"], \"car\": {\"cdr\": true}}");

            assertThat(find("$.foo", input)).isEqualTo(json("123"));
            assertThat(find("$.bar", input)).isEqualTo(json("[\"a\", \"b\", \"c\"]"));
            assertThat(find("$.car.cdr", input)).isEqualTo(json("true"));
        }

        @Test
        void the_bare_root_selects_the_whole_document_itself() {
            assertThat(find("$", STORE)).isSameAs(STORE);
        }

        @Test
        void a_found_value_is_the_node_of_the_document_not_a_copy() {
            assertThat(find("$.store.bicycle", STORE))
                    .isSameAs(STORE.get("store").get("bicycle"));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "$.store.bicycle.color",
                    "$['store']['bicycle']['color']",
                    "$[\"store\"][\"bicycle\"][\"color\"]",
                    "$.store['bicycle'].color",
                    "$.store.['bicycle'].color",
                    "$[ 'store' ][ 'bicycle' ].color"
                })
        void dot_and_bracket_notation_are_interchangeable(String path) {
            assertThat(find(path, STORE)).isEqualTo(json("\"red\""));
        }

        /** Developer guide, "Using JSONPath paths": names with special characters use brackets, e.g. $.abc.['def ghi']. */
        @Test
        void bracket_notation_reaches_names_with_blanks_and_punctuation() {
            JsonNode input = json("{\"abc\": {\"def ghi\": 1, \"a.b\": 2, \"it's\": 3, \"q\\\"\": 4}}");

            assertThat(find("$.abc.['def ghi']", input)).isEqualTo(json("1"));
            assertThat(find("$.abc['a.b']", input)).isEqualTo(json("2"));
            assertThat(find("$.abc['it\\'s']", input)).isEqualTo(json("3"));
            assertThat(find("$.abc[\"it's\"]", input)).isEqualTo(json("3"));
            assertThat(find("$.abc['q\"']", input)).isEqualTo(json("4"));
        }

        @Test
        void dot_notation_accepts_punctuation_other_than_dots_and_brackets_as_jayway_does() {
            JsonNode event = json("{\"detail-type\": \"Order Placed\", \"a$b\": 1}");

            assertThat(find("$.detail-type", event)).isEqualTo(json("\"Order Placed\""));
            assertThat(find("$.a$b", event)).isEqualTo(json("1"));
        }

        @Test
        void array_indexes_count_from_the_start_and_negative_ones_from_the_end() {
            assertThat(find("$.store.book[0].author", STORE)).isEqualTo(json("\"Nigel Rees\""));
            assertThat(find("$.store.book[-1].author", STORE)).isEqualTo(json("\"J. R. R. Tolkien\""));
            assertThat(find("$.store.book[-4].author", STORE)).isEqualTo(json("\"Nigel Rees\""));
        }

        @Test
        void a_missing_field_yields_null() {
            assertThat(find("$.store.car", STORE)).isNull();
            assertThat(find("$.nothing.below", STORE)).isNull();
        }

        @Test
        void an_index_out_of_range_yields_null() {
            assertThat(find("$.store.book[4]", STORE)).isNull();
            assertThat(find("$.store.book[-5]", STORE)).isNull();
        }

        @Test
        void a_field_of_something_that_is_not_an_object_yields_null() {
            assertThat(find("$.expensive.value", STORE)).isNull();
            assertThat(find("$.store.book.author", STORE)).isNull();
            assertThat(find("$.store.bicycle[0]", STORE)).isNull();
            assertThat(find("$.a", json("\"text\""))).isNull();
        }

        @Test
        void a_field_holding_json_null_is_found_as_json_null() {
            assertThat(find("$.a", json("{\"a\": null}"))).isEqualTo(json("null"));
            assertThat(find("$.a.b", json("{\"a\": null}"))).isNull();
        }

        @Test
        void a_path_on_a_scalar_input_selects_the_scalar_only_with_the_bare_root() {
            assertThat(find("$", json("42"))).isEqualTo(json("42"));
            assertThat(find("$[0]", json("[7, 8]"))).isEqualTo(json("7"));
        }

        /** Jayway merges a union of names that ends the path into one object, and counts it as definite. */
        @Test
        void a_union_of_names_at_the_end_merges_the_present_fields_into_one_object() {
            JsonPath path = JsonPath.compile("$.store.bicycle['price','color','size']");

            assertThat(path.isDefinite()).isTrue();
            assertThat(path.find(STORE)).isEqualTo(json("{\"price\": 19.95, \"color\": \"red\"}"));
        }
    }

    @Nested
    class Indefinite_paths {

        /** Jayway README examples on its store document. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiterString = " ==> ",
                value = {
                    "$.store.book[*].author ==> ['Nigel Rees','Evelyn Waugh','Herman Melville','J. R. R. Tolkien']",
                    "$..author ==> ['Nigel Rees','Evelyn Waugh','Herman Melville','J. R. R. Tolkien']",
                    "$.store..price ==> [8.95, 12.99, 8.99, 22.99, 19.95]",
                    "$..book[2].title ==> ['Moby Dick']",
                    "$..book[-2].title ==> ['Moby Dick']",
                    "$..book[0,1].title ==> ['Sayings of the Century','Sword of Honour']",
                    "$..book[:2].title ==> ['Sayings of the Century','Sword of Honour']",
                    "$..book[1:2].title ==> ['Sword of Honour']",
                    "$..book[-2:].title ==> ['Moby Dick','The Lord of the Rings']",
                    "$..book[2:].title ==> ['Moby Dick','The Lord of the Rings']",
                    "$..book[?(@.isbn)].title ==> ['Moby Dick','The Lord of the Rings']",
                    "$.store.book[?(@.price < 10)].title ==> ['Sayings of the Century','Moby Dick']",
                    "$..book[?(@.price <= $['expensive'])].title ==> ['Sayings of the Century','Moby Dick']",
                    "$..book[?(@.author =~ /.*REES/i)].title ==> ['Sayings of the Century']",
                    "$.store.bicycle.* ==> ['red', 19.95]",
                    "$.store.book[?(@.category == 'fiction' && @.price > 20)].title ==> ['The Lord of the Rings']",
                    "$.store.book[?(@.price > 20 || @.category == 'reference')].title"
                            + " ==> ['Sayings of the Century','The Lord of the Rings']",
                })
        void select_what_jayway_selects_in_document_order(String path, String expected) {
            JsonNode result = find(path, STORE);

            assertThat(result).isEqualTo(json(expected.replace('\'', '"')));
        }

        @Test
        void a_wildcard_on_an_object_yields_its_values_and_on_an_array_its_elements() {
            assertThat(find("$.store.*", STORE))
                    .containsExactly(
                            STORE.get("store").get("book"), STORE.get("store").get("bicycle"));
            assertThat(find("$.store.book[*]", STORE)).hasSize(4);
        }

        @Test
        void deep_scan_with_a_wildcard_yields_every_node_below_the_root_parents_before_children() {
            JsonNode document = json("{\"a\": {\"b\": 1}, \"c\": [2, {\"d\": 3}]}");

            assertThat(find("$..*", document)).isEqualTo(json("[{\"b\": 1}, [2, {\"d\": 3}], 1, 2, {\"d\": 3}, 3]"));
        }

        @Test
        void deep_scan_with_a_filter_finds_each_matching_object_once() {
            assertThat(find("$..[?(@.isbn)].title", STORE))
                    .isEqualTo(json("[\"Moby Dick\",\"The Lord of the Rings\"]"));
        }

        /** Developer guide, "Input and output processing": $.a[0:2] on {"a": [1, 2, 3, 4]} gives [1, 2]. */
        @Test
        void a_slice_selects_from_its_start_up_to_but_not_including_its_end() {
            assertThat(find("$.a[0:2]", json("{\"a\": [1, 2, 3, 4]}"))).isEqualTo(json("[1, 2]"));
        }

        /** ASL specification, "Payload Template": "last3.$": "$.vals[-3:]" gives [30, 40, 50]. */
        @Test
        void a_slice_with_a_negative_start_counts_from_the_end() {
            assertThat(find("$.vals[-3:]", json("{\"vals\": [0, 10, 20, 30, 40, 50]}")))
                    .isEqualTo(json("[30, 40, 50]"));
        }

        @Test
        void slices_are_clamped_to_the_array_and_never_fail() {
            JsonNode input = json("{\"a\": [1, 2, 3]}");

            assertThat(find("$.a[1:100]", input)).isEqualTo(json("[2, 3]"));
            assertThat(find("$.a[-100:1]", input)).isEqualTo(json("[1]"));
            assertThat(find("$.a[2:1]", input)).isEqualTo(json("[]"));
            assertThat(find("$.a[:-1]", input)).isEqualTo(json("[1, 2]"));
            assertThat(find("$.a[:]", input)).isEqualTo(json("[1, 2, 3]"));
        }

        /** Developer guide, "Flattening an array of arrays": "flattenArray.$": "$[*][*]". */
        @Test
        void two_wildcards_flatten_an_array_of_arrays() {
            assertThat(find("$[*][*]", json("[[1, 2], [3], []]"))).isEqualTo(json("[1, 2, 3]"));
        }

        /** Real AWS (LocalStack snapshot test_base, pass_result_regex_json_path_base): a filter in Parameters. */
        @Test
        void a_filter_on_equality_with_a_number_keeps_the_matching_elements() {
            JsonNode input = json("{\"users\":[{\"year\":1997,\"status\":0},{\"year\":1998,\"status\":1}]}");

            assertThat(find("$.users[?(@.status == 0)]", input)).isEqualTo(json("[{\"year\":1997,\"status\":0}]"));
        }

        @Test
        void an_indefinite_path_that_matches_nothing_yields_an_empty_array() {
            assertThat(find("$.nothing[*]", STORE)).isEqualTo(json("[]"));
            assertThat(find("$..nothing", STORE)).isEqualTo(json("[]"));
            assertThat(find("$.store.book[?(@.price > 100)]", STORE)).isEqualTo(json("[]"));
        }

        @Test
        void a_union_of_indexes_skips_indexes_past_the_end() {
            assertThat(find("$.a[0,5,-1]", json("{\"a\": [1, 2]}"))).isEqualTo(json("[1, 2]"));
        }

        @Test
        void a_union_of_names_before_another_step_visits_each_present_name() {
            JsonNode input = json("{\"a\": {\"v\": 1}, \"c\": {\"v\": 3}}");

            assertThat(find("$['a','b','c'].v", input)).isEqualTo(json("[1, 3]"));
        }

        /** Jayway scans a trailing name union only in objects that hold every listed name. */
        @Test
        void deep_scan_with_a_name_union_merges_objects_that_hold_all_the_names() {
            JsonNode document = json("{\"a\": 1, \"b\": 2, \"in\": {\"a\": 3}, \"list\": [{\"b\": 4, \"a\": 5}]}");

            assertThat(find("$..['a','b']", document)).isEqualTo(json("[{\"a\": 1, \"b\": 2}, {\"a\": 5, \"b\": 4}]"));
        }

        @Test
        void a_filter_on_a_scalar_selects_nothing() {
            assertThat(find("$.expensive[?(@ > 1)]", STORE)).isEqualTo(json("[]"));
        }

        /** Jayway: a filter on an object tests the object itself. */
        @Test
        void a_filter_on_an_object_yields_the_object_when_it_matches() {
            assertThat(find("$.store.bicycle[?(@.color == 'red')]", STORE))
                    .isEqualTo(json("[{\"color\": \"red\", \"price\": 19.95}]"));
            assertThat(find("$.store.bicycle[?(@.color == 'blue')]", STORE)).isEqualTo(json("[]"));
        }
    }

    @Nested
    class Filters {

        final JsonNode items = json("""
                {"items": [
                  {"id": 1, "name": "apple", "tags": ["fruit"], "price": 1.5, "note": null},
                  {"id": 2, "name": "Banana", "price": 2},
                  {"id": 3, "name": "cherry", "tags": [], "price": "cheap"},
                  {"id": 4}
                ], "limit": 2}
                """);

        JsonNode ids(String filter) {
            return find("$.items[?(" + filter + ")].id", items);
        }

        @Test
        void a_path_alone_tests_that_the_field_exists_even_when_it_holds_null() {
            assertThat(ids("@.tags")).isEqualTo(json("[1, 3]"));
            assertThat(ids("@.note")).isEqualTo(json("[1]"));
        }

        @Test
        void an_exclamation_mark_negates() {
            assertThat(ids("!@.tags")).isEqualTo(json("[2, 4]"));
            assertThat(ids("!(@.id == 1 || @.id == 2)")).isEqualTo(json("[3, 4]"));
        }

        @Test
        void numbers_compare_by_value_whatever_their_notation() {
            assertThat(ids("@.price == 2.0")).isEqualTo(json("[2]"));
            assertThat(ids("@.price >= 1.5")).isEqualTo(json("[1, 2]"));
            assertThat(ids("@.price < 2")).isEqualTo(json("[1]"));
            assertThat(ids("@.id > 1e0")).isEqualTo(json("[2, 3, 4]"));
            assertThat(ids("@.id != -1")).isEqualTo(json("[1, 2, 3, 4]"));
        }

        @Test
        void strings_compare_as_java_does_and_never_against_numbers() {
            assertThat(ids("@.name < 'b'")).isEqualTo(json("[1, 2]"));
            assertThat(ids("@.name == \"cherry\"")).isEqualTo(json("[3]"));
            assertThat(ids("@.price > 'a'")).isEqualTo(json("[3]"));
            assertThat(ids("@.id == '1'")).isEqualTo(json("[]"));
        }

        /** Jayway: a missing value equals nothing, so != holds for it. */
        @Test
        void a_missing_field_makes_equality_and_ordering_false_but_inequality_true() {
            assertThat(ids("@.name == 'x'")).isEqualTo(json("[]"));
            assertThat(ids("@.name != 'apple'")).isEqualTo(json("[2, 3, 4]"));
            assertThat(ids("@.price < 100")).isEqualTo(json("[1, 2]"));
        }

        @Test
        void null_equals_only_null() {
            assertThat(ids("@.note == null")).isEqualTo(json("[1]"));
        }

        @Test
        void a_regular_expression_must_match_the_whole_text() {
            assertThat(ids("@.name =~ /an/")).isEqualTo(json("[]"));
            assertThat(ids("@.name =~ /.*an.*/")).isEqualTo(json("[2]"));
            assertThat(ids("@.name =~ /b.*/i")).isEqualTo(json("[2]"));
            assertThat(ids("/[ac].*/ =~ @.name")).isEqualTo(json("[1, 3]"));
        }

        @Test
        void in_and_nin_test_membership_in_a_json_list() {
            assertThat(ids("@.name in ['apple', 'cherry']")).isEqualTo(json("[1, 3]"));
            assertThat(ids("@.id in [2, 4.0]")).isEqualTo(json("[2, 4]"));
            assertThat(ids("@.name nin [\"apple\"]")).isEqualTo(json("[2, 3, 4]"));
        }

        @Test
        void and_binds_tighter_than_or_and_parentheses_group() {
            assertThat(ids("@.id == 1 || @.id == 2 && @.price == 5")).isEqualTo(json("[1]"));
            assertThat(ids("(@.id == 1 || @.id == 2) && @.price == 2")).isEqualTo(json("[2]"));
        }

        @Test
        void dollar_inside_a_filter_is_the_root_of_the_document() {
            assertThat(ids("@.id == $.limit")).isEqualTo(json("[2]"));
        }

        @Test
        void at_alone_is_the_current_element() {
            assertThat(find("$.a[?(@ > 1)]", json("{\"a\": [1, 2, 3]}"))).isEqualTo(json("[2, 3]"));
        }

        @Test
        void filters_nest() {
            JsonNode orders = json("{\"o\": [{\"n\": 1, \"l\": [{\"q\": 5}]}, {\"n\": 2, \"l\": [{\"q\": 1}]}]}");

            assertThat(find("$.o[?(@.l[?(@.q > 2)])].n", orders)).isEqualTo(json("[1]"));
        }

        /** As on AWS, functions are not evaluated: length() is an ordinary (absent) property name. */
        @Test
        void a_function_call_in_a_filter_finds_nothing() {
            assertThat(ids("@.tags.length() > 0")).isEqualTo(json("[]"));
        }
    }

    @Nested
    class Roots {

        final EvaluationContext context = new EvaluationContext() {
            @Override
            public JsonNode input() {
                return json("{\"a\": 1}");
            }

            @Override
            public JsonNode context() {
                return json("{\"Execution\": {\"Name\": \"run-1\"}}");
            }

            @Override
            public JsonNode variable(String name) {
                return Map.of("order", json("{\"total\": 9}")).get(name);
            }

            @Override
            public RandomGenerator random() {
                return RandomGenerator.getDefault();
            }
        };

        @Test
        void a_single_dollar_reads_the_input() {
            JsonPath path = JsonPath.compile("$.a");

            assertThat(path.root()).isEqualTo(JsonPath.Root.INPUT);
            assertThat(path.variableName()).isNull();
            assertThat(path.find(context)).isEqualTo(json("1"));
        }

        @Test
        void a_double_dollar_reads_the_context_object() {
            JsonPath path = JsonPath.compile("$$.Execution.Name");

            assertThat(path.root()).isEqualTo(JsonPath.Root.CONTEXT);
            assertThat(path.find(context)).isEqualTo(json("\"run-1\""));
            assertThat(JsonPath.compile("$$").find(context)).isEqualTo(context.context());
        }

        @Test
        void a_dollar_and_a_name_reads_a_variable() {
            JsonPath path = JsonPath.compile("$order.total");

            assertThat(path.root()).isEqualTo(JsonPath.Root.VARIABLE);
            assertThat(path.variableName()).isEqualTo("order");
            assertThat(path.find(context)).isEqualTo(json("9"));
            assertThat(JsonPath.compile("$order").find(context)).isEqualTo(json("{\"total\": 9}"));
            assertThat(JsonPath.compile("$order['total']").variableName()).isEqualTo("order");
        }

        @Test
        void variable_names_may_use_letters_of_any_script_digits_and_underscores() {
            assertThat(JsonPath.compile("$_count2").variableName()).isEqualTo("_count2");
            assertThat(JsonPath.compile("$prénom.x").variableName()).isEqualTo("prénom");
        }

        /** The rule Assign's keys are checked with: a combining accent continues a name (Unicode ID_Continue). */
        @Test
        void a_variable_name_may_hold_combining_marks_as_an_assign_key_may() {
            assertThat(JsonPath.compile("$cafe\u0301.x").variableName()).isEqualTo("cafe\u0301");
            assertThat(JsonPath.compile("$\uD835\uDC9C[0]").variableName()).isEqualTo("\uD835\uDC9C");
        }

        @Test
        void an_undefined_variable_finds_nothing() {
            assertThat(JsonPath.compile("$missing.total").find(context)).isNull();
            assertThat(JsonPath.compile("$missing[*]").find(context)).isEqualTo(json("[]"));
        }

        @Test
        void the_document_of_a_path_is_what_its_root_names() {
            assertThat(JsonPath.compile("$.x").document(context)).isEqualTo(context.input());
            assertThat(JsonPath.compile("$$.x").document(context)).isEqualTo(context.context());
            assertThat(JsonPath.compile("$order.x").document(context)).isEqualTo(json("{\"total\": 9}"));
        }
    }

    @Nested
    class Lenient_find {

        /** Measured on AWS (floci, StepFunctionsUnresolvableJsonPathIntegrationTest): "idx.$": "$.items[5]" gives null. */
        @Test
        void an_index_past_the_end_at_the_end_of_the_path_is_json_null() {
            JsonNode input = json("{\"items\": [1, 2]}");

            assertThat(JsonPath.compile("$.items[5]").findLenient(input)).isEqualTo(json("null"));
            assertThat(JsonPath.compile("$.items[-3]").findLenient(input)).isEqualTo(json("null"));
        }

        @Test
        void anything_else_missing_is_still_nothing() {
            JsonNode input = json("{\"items\": [1, 2], \"o\": {}}");

            assertThat(JsonPath.compile("$.items[5].x").findLenient(input)).isNull();
            assertThat(JsonPath.compile("$.other[0]").findLenient(input)).isNull();
            assertThat(JsonPath.compile("$.o[0]").findLenient(input)).isNull();
            assertThat(JsonPath.compile("$.nope").findLenient(input)).isNull();
        }

        @Test
        void found_values_are_the_same_as_with_find() {
            JsonPath path = JsonPath.compile("$.store.book[1]");

            assertThat(path.findLenient(STORE)).isSameAs(path.find(STORE));
        }
    }

    @Nested
    class Classification {

        @ParameterizedTest
        @ValueSource(strings = {"$", "$.a", "$['a b'][0]", "$.a[-1].b", "$$.Map.Item.Value", "$var.x[2]", "$['a','b']"})
        void paths_that_select_at_most_one_node_are_definite(String path) {
            assertThat(JsonPath.compile(path).isDefinite()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"$.a[*]", "$.*", "$..a", "$.a[0,1]", "$.a[1:2]", "$.a[?(@.b)]", "$['a','b'].c"})
        void paths_that_may_select_many_nodes_are_indefinite(String path) {
            assertThat(JsonPath.compile(path).isDefinite()).isFalse();
        }

        /** Developer guide and ASL spec, "Reference Paths": only names and single indexes, no @ .. , : ? * or functions. */
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "$",
                    "$.foo",
                    "$.car.cdr",
                    "$.ledgers.branch[0].pending.count",
                    "$.ledgers[0][22][315].foo",
                    "$['store']['book']",
                    "$['store'][0]['book']",
                    "$$.Execution.Input",
                    "$var.field"
                })
        void names_and_single_indexes_make_reference_paths(String path) {
            assertThat(JsonPath.compile(path).isReferencePath()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"$.a[*]", "$..a", "$.a[0,1]", "$['a','b']", "$.a[1:]", "$.a[?(@.b)]", "$.list.length()"})
        void wildcards_scans_unions_slices_filters_and_functions_are_not_reference_paths(String path) {
            assertThat(JsonPath.compile(path).isReferencePath()).isFalse();
        }
    }

    @Nested
    class Normalized_form {

        /** Real AWS: "Invalid path '$.Payload' : No results for path: $['Payload']". */
        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "$ | $",
                    "$.Payload | $['Payload']",
                    "$.a.b[0] | $['a']['b'][0]",
                    "$['a b'][-1] | $['a b'][-1]",
                    "$[\"a\"] | $[\"a\"]",
                    "$.a[*].b | $['a'][*]['b']",
                    "$.a.* | $['a'][*]",
                    "$..b | $..['b']",
                    "$..* | $..[*]",
                    "$.a[0,2] | $['a'][0,2]",
                    "$.a[1:3] | $['a'][1:3]",
                    "$.a[:3] | $['a'][:3]",
                    "$.a[-2:] | $['a'][-2:]",
                    "$.a['x','y'] | $['a']['x','y']",
                    "$.a[?(@.b > 1)].c | $['a'][?]['c']",
                    "$.list.length() | $['list']['length()']",
                    "$$.Execution.Id | $['Execution']['Id']",
                    "$order.total | $['total']",
                })
        void prints_jaywaY_bracket_notation(String path, String normalized) {
            assertThat(JsonPath.compile(path).normalized()).isEqualTo(normalized);
        }

        @Test
        void a_missing_last_field_is_reported_as_no_results_for_the_whole_path() {
            assertThat(JsonPath.compile("$.Payload").notFoundReason(json("{}")))
                    .isEqualTo("No results for path: $['Payload']");
            assertThat(JsonPath.compile("$.a.b").notFoundReason(json("{\"a\": {}}")))
                    .isEqualTo("No results for path: $['a']['b']");
        }

        /** Jayway's PathToken: a missing property before the last step is "Missing property in path ...". */
        @Test
        void a_missing_field_before_the_last_step_is_reported_as_a_missing_property() {
            assertThat(JsonPath.compile("$.a.b.c").notFoundReason(json("{\"a\": {}}")))
                    .isEqualTo("Missing property in path $['a']['b']");
        }
    }

    @Nested
    class Syntax_errors {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "'' | 0 | a path must start with '$'",
                    "a.b | 0 | a path must start with '$'",
                    "$. | 1 | a path cannot end with '.'",
                    "$.a.. | 3 | a path cannot end with '..'",
                    "$... | 3 | expected a name after '..'",
                    "$.a b | 3 | cannot contain blanks",
                    "$.a[ | 3 | '[' is never closed",
                    "$.a[0 | 5 | expected ']'",
                    "$.a[] | 4 | expected a quoted name, an index, a slice, '*' or a filter",
                    "$.a['b | 4 | never closed",
                    "$.a[x] | 4 | expected a quoted name, an index",
                    "$.a[1:2:3] | 7 | slices with a step",
                    "$.a[99999999999] | 4 | too large",
                    "$a-b | 2 | a variable name may only hold letters",
                    "$1.a | 1 | must start with a letter or '_'",
                    "$$$ | 2 | expected '.' or '['",
                    "$x | -1 | ",
                    "$.a) | -1 | ",
                    "$.a[?(@.b = 1)] | 10 | use '==' to compare",
                    "$.a[?(@.b)] extra | 11 | expected '.' or '['",
                    "$.a[?(@.b == )] | 13 | expected a value",
                    "$.a[?(@.b subsetof [1])] | 10 | 'subsetof' is not supported",
                    "$.a[?(@.b =~ 'x')] | 13 | expected a regular expression",
                    "$.a[?(@.b =~ /(/)] | 13 | regular expression is not valid",
                    "$.a[?(@.b =~ /x/q)] | 16 | unknown regular expression flag",
                    "$.a[?(1)] | 7 | expected a comparison operator",
                    "$.a[?(@.b == 1] | 14 | expected ')'",
                    "$.a[?(@.b in [1, 2)] | 13 | not valid JSON",
                    "$.a[?($$.x == 1)] | 6 | only paths from '@'",
                    "$.concat('a') | 8 | functions with arguments are not supported",
                    "$.a['\\u12'] | 5 | four hexadecimal digits",
                })
        void a_malformed_path_names_the_problem_and_its_position(String path, int position, String problem) {
            if (position < 0) {
                // A valid path; listed here to show these are not errors.
                assertThat(JsonPath.compile(path).text()).isEqualTo(path);
                return;
            }
            assertThatThrownBy(() -> JsonPath.compile(path)).isInstanceOfSatisfying(PathSyntaxException.class, e -> {
                assertThat(e.text()).isEqualTo(path);
                assertThat(e.position()).isEqualTo(position);
                assertThat(e.getMessage())
                        .startsWith("Invalid JSONPath '" + path + "': ")
                        .contains(problem)
                        .contains("at position " + position);
            });
        }

        /** Real AWS rejects a path with a trailing newline (aws-sam-cli issue #2315): no trimming. */
        @Test
        void whitespace_around_a_path_is_not_ignored() {
            assertThatThrownBy(() -> JsonPath.compile("$.a\n")).isInstanceOf(PathSyntaxException.class);
            assertThatThrownBy(() -> JsonPath.compile(" $.a")).isInstanceOf(PathSyntaxException.class);
        }

        @Test
        void a_null_text_is_a_syntax_error_not_a_null_pointer() {
            assertThatThrownBy(() -> JsonPath.compile(null)).isInstanceOf(PathSyntaxException.class);
        }
    }
}
