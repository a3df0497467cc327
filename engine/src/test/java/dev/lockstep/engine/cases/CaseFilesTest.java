package dev.lockstep.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineClock;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.ExecutionRequest;
import dev.lockstep.engine.HistoryEvent;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.engine.ValidationResult;
import dev.lockstep.engine.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the data-driven cases in {@code src/test/resources/cases}: each file holds one case or {@code {"cases": [...]}}.
 * The format is documented in {@code cases/README.md}.
 */
class CaseFilesTest {

    private static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

    @TestFactory
    Stream<DynamicNode> every_case_file_behaves_as_aws_documents() throws IOException, URISyntaxException {
        Path root = Paths.get(CaseFilesTest.class.getResource("/cases").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        assertThat(files).as("case files under %s", root).isNotEmpty();
        return files.stream().map(file -> container(root.relativize(file).toString(), file));
    }

    /** How many cases the files hold; the issue asks for at least 300. */
    static int countCases() throws IOException, URISyntaxException {
        Path root = Paths.get(CaseFilesTest.class.getResource("/cases").toURI());
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".json"))
                    .mapToInt(p -> casesIn(read(p)).size())
                    .sum();
        }
    }

    private static DynamicContainer container(String name, Path file) {
        JsonNode content = read(file);
        List<DynamicNode> tests = new ArrayList<>();
        List<JsonNode> cases = casesIn(content);
        for (int i = 0; i < cases.size(); i++) {
            JsonNode testCase = cases.get(i);
            String title = testCase.path("name").asText("case " + (i + 1));
            tests.add(DynamicTest.dynamicTest(title, file.toUri(), () -> run(testCase, content)));
        }
        return DynamicContainer.dynamicContainer(name, file.toUri(), tests.stream());
    }

    private static List<JsonNode> casesIn(JsonNode content) {
        List<JsonNode> cases = new ArrayList<>();
        if (content.has("cases")) {
            content.get("cases").forEach(cases::add);
        } else {
            cases.add(content);
        }
        return cases;
    }

    private static JsonNode read(Path file) {
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read case file " + file, e);
        }
    }

    private static void run(JsonNode testCase, JsonNode file) {
        JsonNode definitionNode = field(testCase, file, "definition");
        String definition = definitionNode.isTextual() ? definitionNode.textValue() : Json.compact(definitionNode);
        StateMachineType type =
                StateMachineType.valueOf(field(testCase, file, "type").asText("STANDARD"));
        JsonNode expect = testCase.path("expect");
        if (expect.has("validation")) {
            checkValidation(StateMachineDefinition.validate(definition, type), expect.get("validation"));
            return;
        }
        Engine.Builder builder = Engine.builder()
                .seed(field(testCase, file, "seed").asLong(0))
                .startTime(Instant.parse(field(testCase, file, "startTime").asText(DEFAULT_START.toString())));
        JsonNode mockConfig = field(testCase, file, "mockConfig");
        if (!mockConfig.isMissingNode()) {
            builder.mockConfig(dev.lockstep.engine.MockConfig.parse(Json.compact(mockConfig)));
        }
        if (testCase.has("timeMode")) {
            builder.timeMode(
                    EngineClock.TimeMode.valueOf(testCase.get("timeMode").asText()));
        }
        try (Engine engine = builder.build()) {
            StateMachine machine = engine.deploy(
                    field(testCase, file, "stateMachineName").asText("Machine"),
                    StateMachineDefinition.parse(definition, type),
                    type);
            JsonNode input = testCase.has("inputText")
                    ? null
                    : testCase.has("input") ? testCase.get("input") : Json.NODES.objectNode();
            ExecutionRequest request = input == null
                    ? ExecutionRequest.withInput(testCase.get("inputText").asText())
                    : ExecutionRequest.withInput(input);
            JsonNode mockTestCase = field(testCase, file, "testCase");
            if (!mockTestCase.isMissingNode()) {
                request = request.testCase(mockTestCase.asText());
            }
            if (testCase.has("executionName")) {
                request = request.named(testCase.get("executionName").asText());
            }
            Execution execution = machine.start(request);
            if (testCase.has("advance")) {
                engine.clock()
                        .advance(
                                java.time.Duration.parse(testCase.get("advance").asText()));
            }
            checkExecution(execution, expect);
        }
    }

    /** A field of the case, or of the file when the case leaves it out (shared definitions). */
    private static JsonNode field(JsonNode testCase, JsonNode file, String name) {
        return testCase.has(name) ? testCase.get(name) : file.path(name);
    }

    private static void checkExecution(Execution execution, JsonNode expect) {
        String context = describe(execution);
        if (expect.has("status")) {
            assertThat(execution.status().name())
                    .as("status; %s", context)
                    .isEqualTo(expect.get("status").asText());
        }
        if (expect.has("output")) {
            assertThat(execution.output()).as("output; %s", context).isEqualTo(expect.get("output"));
        }
        if (expect.has("error")) {
            assertThat(execution.error()).as("error; %s", context).isEqualTo(textOrNull(expect.get("error")));
        }
        if (expect.has("cause")) {
            assertThat(execution.cause()).as("cause; %s", context).isEqualTo(textOrNull(expect.get("cause")));
        }
        if (expect.has("causeContains")) {
            assertThat(execution.cause())
                    .as("cause; %s", context)
                    .contains(expect.get("causeContains").asText());
        }
        if (expect.has("path")) {
            List<String> path = new ArrayList<>();
            expect.get("path").forEach(p -> path.add(p.asText()));
            assertThat(execution.path()).as("path; %s", context).isEqualTo(path);
        }
        if (expect.has("stopTime")) {
            assertThat(execution.stopTime())
                    .as("stop time; %s", context)
                    .isEqualTo(Instant.parse(expect.get("stopTime").asText()));
        }
        if (expect.has("history")) {
            checkHistory(
                    execution.history(),
                    expect.get("history"),
                    expect.path("historyExact").asBoolean(true),
                    context);
        }
    }

    /**
     * Compares events: each expected event names its type and may give id, previousEventId, timestamp (ISO) and a
     * subset of its details. With historyExact (the default) the lists must have the same length.
     */
    private static void checkHistory(List<HistoryEvent> actual, JsonNode expected, boolean exact, String context) {
        if (exact) {
            assertThat(actual.stream().map(e -> e.type().awsName()).collect(Collectors.toList()))
                    .as("history event types; %s", context)
                    .hasSize(expected.size());
        }
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i);
            HistoryEvent event = actual.get(i);
            ObjectNode got = event.toJson();
            String where = "event " + (i + 1) + " " + got + "; " + context;
            assertThat(event.type().awsName())
                    .as("type of %s", where)
                    .isEqualTo(want.get("type").asText());
            if (want.has("id")) {
                assertThat(event.id())
                        .as("id of %s", where)
                        .isEqualTo(want.get("id").asLong());
            }
            if (want.has("previousEventId")) {
                assertThat(event.previousEventId())
                        .as("previousEventId of %s", where)
                        .isEqualTo(want.get("previousEventId").asLong());
            }
            if (want.has("timestamp")) {
                assertThat(event.timestamp())
                        .as("timestamp of %s", where)
                        .isEqualTo(Instant.parse(want.get("timestamp").asText()));
            }
            if (want.has("details")) {
                JsonNode details = got.get(event.type().detailsKey());
                assertThat(details).as("details of %s", where).isNotNull();
                Iterator<Map.Entry<String, JsonNode>> fields =
                        want.get("details").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    assertThat(details.get(field.getKey()))
                            .as("details.%s of %s", field.getKey(), where)
                            .isEqualTo(field.getValue());
                }
                if (want.path("detailsExact").asBoolean(false)) {
                    assertThat(details.size())
                            .as("number of detail fields of %s", where)
                            .isEqualTo(want.get("details").size());
                }
            }
        }
    }

    private static void checkValidation(ValidationResult result, JsonNode expect) {
        String context = "diagnostics " + result.diagnostics();
        if (expect.has("valid")) {
            assertThat(result.isValid())
                    .as("valid; %s", context)
                    .isEqualTo(expect.get("valid").asBoolean());
        }
        if (expect.has("diagnostics")) {
            JsonNode wanted = expect.get("diagnostics");
            for (JsonNode want : wanted) {
                boolean found = result.diagnostics().stream().anyMatch(d -> matches(d, want));
                if (!found) {
                    fail("Expected a diagnostic like %s; %s", want, context);
                }
            }
            if (expect.path("diagnosticsExact").asBoolean(false)) {
                assertThat(result.diagnostics()).as(context).hasSize(wanted.size());
            }
        }
        if (expect.has("awsMessage")) {
            assertThat(result.awsMessage()).isEqualTo(expect.get("awsMessage").asText());
        }
    }

    private static boolean matches(Diagnostic diagnostic, JsonNode want) {
        if (want.has("code") && !want.get("code").asText().equals(diagnostic.code())) {
            return false;
        }
        if (want.has("severity")
                && !want.get("severity").asText().equals(diagnostic.severity().name())) {
            return false;
        }
        if (want.has("message") && !want.get("message").asText().equals(diagnostic.message())) {
            return false;
        }
        if (want.has("messageContains")
                && !diagnostic.message().contains(want.get("messageContains").asText())) {
            return false;
        }
        return !want.has("location") || Objects.equals(textOrNull(want.get("location")), diagnostic.location());
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String describe(Execution execution) {
        return "execution " + execution.status() + " path " + execution.path() + " output " + execution.output()
                + " error " + execution.error() + " cause " + execution.cause();
    }
}
