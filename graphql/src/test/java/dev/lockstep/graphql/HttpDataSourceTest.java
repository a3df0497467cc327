package dev.lockstep.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP data source ("Resolver mapping template reference for HTTP"): a real call to a local server; any status
 * is a result with statusCode, headers and body, and the response template decides what is an error.
 */
class HttpDataSourceTest {

    HttpServer server;
    final List<String> seen = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/posts", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("x-tenant") + " " + body);
            boolean missing = exchange.getRequestURI().getPath().endsWith("/404");
            byte[] answer = (missing ? "{\"message\": \"no such post\"}" : "{\"id\": \"1\", \"title\": \"Hi\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(missing ? 404 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    GraphQlApi api() {
        return GraphQlApi.builder()
                .schema("type Query { post(id: ID!): Post } type Mutation { addPost(title: String!): Post }"
                        + " type Post { id: ID title: String }")
                .dataSource(DataSource.http(
                        "Blog", "http://127.0.0.1:" + server.getAddress().getPort()))
                .resolver(ResolverConfig.unit("Query", "post", "Blog", """
                        {"version": "2018-05-29", "method": "GET", "resourcePath": "/posts/$ctx.args.id",
                         "params": {"query": {"expand": "author"}, "headers": {"x-tenant": "acme"}}}
                        """, """
                        #if($ctx.result.statusCode != 200)
                          $util.error($util.parseJson($ctx.result.body).message, "HttpError$ctx.result.statusCode")
                        #end
                        $ctx.result.body
                        """))
                .resolver(ResolverConfig.unit("Mutation", "addPost", "Blog", """
                        {"version": "2018-05-29", "method": "POST", "resourcePath": "/posts",
                         "params": {"headers": {"content-type": "application/json"}, "body": $util.toJson($ctx.args)}}
                        """, "$ctx.result.body"))
                .build();
    }

    @Test
    void a_get_sends_path_query_and_headers_and_reads_the_body() {
        GraphQlResponse response = api().execute("{ post(id: \"1\") { id title } }");

        assertThat(seen).containsExactly("GET /posts/1?expand=author acme ");
        assertThat(response.body()).isEqualTo(Json.of("{'data': {'post': {'id': '1', 'title': 'Hi'}}}"));
    }

    @Test
    void a_post_sends_an_object_body_as_json() {
        api().execute("mutation { addPost(title: \"New\") { id } }");

        assertThat(seen).containsExactly("POST /posts null {\"title\":\"New\"}");
    }

    @Test
    void a_non_2xx_status_is_a_result_that_the_template_turns_into_an_error() {
        GraphQlResponse response = api().execute("{ post(id: \"404\") { id } }");

        assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("HttpError404");
        assertThat(response.errors().get(0).get("message").asText()).isEqualTo("no such post");
    }

    @Test
    void an_unreachable_endpoint_sets_ctx_error() {
        GraphQlApi api = GraphQlApi.builder()
                .schema("type Query { ping: String }")
                .dataSource(DataSource.http("Down", "http://127.0.0.1:1"))
                .resolver(ResolverConfig.unit(
                        "Query",
                        "ping",
                        "Down",
                        "{\"version\": \"2018-05-29\", \"method\": \"GET\", \"resourcePath\": \"/\"}",
                        "#if($ctx.error)$util.error($ctx.error.message, $ctx.error.type)#end null"))
                .build();

        GraphQlResponse response = api.execute("{ ping }");

        assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("HTTPRequestException");
    }

    @Test
    void a_request_without_method_is_a_mapping_template_error_in_appsyncs_words() {
        GraphQlApi api = GraphQlApi.builder()
                .schema("type Query { ping: String }")
                .dataSource(DataSource.http("Blog", "http://127.0.0.1:1"))
                .resolver(ResolverConfig.unit(
                        "Query", "ping", "Blog", "{\"version\": \"2018-05-29\", \"resourcePath\": \"/\"}", "null"))
                .build();

        GraphQlResponse response = api.execute("{ ping }");

        assertThat(response.errors().get(0).get("errorType").asText()).isEqualTo("MappingTemplate");
        assertThat(response.errors().get(0).get("message").asText())
                .isEqualTo("Value for field '$[method]' not found.");
    }
}
