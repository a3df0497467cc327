package dev.lockstep.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * AppSync's schema rules ("Scalar types in GraphQL": no custom scalars, no AWS prefix; deployment errors reported in
 * aws-appsync-community#345 for a missing Query) and the directives AppSync predeclares.
 */
class SchemaRulesTest {

    static GraphQlApi build(String schema) {
        return GraphQlApi.builder().schema(schema).build();
    }

    @Test
    void aws_scalars_and_directives_need_no_declaration() {
        GraphQlApi api = build("""
                type Query @aws_api_key @aws_iam {
                  when: AWSDateTime @aws_cognito_user_pools(cognito_groups: ["admin"]) @aws_oidc @aws_lambda
                  all(d: AWSDate, t: AWSTime, ts: AWSTimestamp, e: AWSEmail, j: AWSJSON, u: AWSURL,
                      p: AWSPhone, ip: AWSIPAddress): String @aws_auth(cognito_groups: ["a"])
                }
                type Mutation { add: String }
                type Subscription { added: String @aws_subscribe(mutations: ["add"]) }
                """);

        assertThat(api.execute("{ when }").body()).isEqualTo(Json.of("{'data': {'when': null}}"));
    }

    @Test
    void a_custom_scalar_is_refused() {
        assertThatThrownBy(() -> build("scalar DateTime type Query { at: DateTime }"))
                .isInstanceOf(InvalidApiException.class)
                .hasMessageContaining("Custom scalar 'DateTime' is not supported");
    }

    @Test
    void a_type_with_the_aws_prefix_is_refused() {
        assertThatThrownBy(() -> build("type Query { a: AWSThing } type AWSThing { x: Int }"))
                .hasMessageContaining("Type 'AWSThing' uses the reserved prefix AWS");
    }

    @Test
    void a_schema_without_query_is_refused_with_appsyncs_message() {
        assertThatThrownBy(() -> build("type Mutation { a: Int }"))
                .hasMessage("There is no top level schema object defined.");
        assertThatThrownBy(() -> build("schema { mutation: Mutation } type Mutation { a: Int }"))
                .hasMessage("A schema MUST have a 'query' operation defined.");
    }

    @Test
    void a_schema_that_does_not_parse_says_so() {
        assertThatThrownBy(() -> build("type Query { a: Int"))
                .hasMessageStartingWith(
                        "Failed to parse schema document - ensure it's a valid SDL-formatted document.");
    }

    @Test
    void a_schema_with_an_unknown_type_is_refused() {
        assertThatThrownBy(() -> build("type Query { a: Missing }"))
                .hasMessageStartingWith("Schema validation failed.")
                .hasMessageContaining("Missing");
    }

    @Test
    void a_resolver_on_a_missing_field_or_with_a_missing_data_source_is_refused() {
        assertThatThrownBy(() -> GraphQlApi.builder()
                        .schema("type Query { a: Int }")
                        .dataSource(DataSource.none("Local"))
                        .resolver(ResolverConfig.unit("Query", "b", "Local", "{}", "{}"))
                        .build())
                .hasMessageContaining("No field Query.b in the schema");
        assertThatThrownBy(() -> GraphQlApi.builder()
                        .schema("type Query { a: Int }")
                        .resolver(ResolverConfig.unit("Query", "a", "Nowhere", "{}", "{}"))
                        .build())
                .hasMessageContaining("uses data source 'Nowhere', which is not defined");
    }

    @Test
    void interfaces_and_unions_resolve_by_typename() {
        GraphQlApi api = GraphQlApi.builder()
                .schema("type Query { search: [Result] } union Result = Book | Film"
                        + " type Book { title: String } type Film { minutes: Int }")
                .dataSource(DataSource.none("Local"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "search",
                        "Local",
                        "{\"version\": \"2018-05-29\", \"payload\": [{\"__typename\": \"Book\", \"title\": \"T\"},"
                                + " {\"__typename\": \"Film\", \"minutes\": 90}]}",
                        "$util.toJson($ctx.result)"))
                .build();

        GraphQlResponse response =
                api.execute("{ search { __typename ... on Book { title } ... on Film { minutes } } }");

        assertThat(response.body())
                .isEqualTo(Json.of("{'data': {'search': [{'__typename': 'Book', 'title': 'T'},"
                        + " {'__typename': 'Film', 'minutes': 90}]}}"));
    }
}
