package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.engine.internal.json.Json;
import dev.lockstep.engine.spi.TaskOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A Step Functions Local mock configuration file (developer guide: "Configuration file for mocked service
 * integrations"), byte-compatible with Step Functions Local and LocalStack:
 *
 * <pre>{@code
 * {"StateMachines": {"Orders": {"TestCases": {"HappyPath": {"Charge": "ChargeOk"}}}},
 *  "MockedResponses": {"ChargeOk": {"0": {"Return": {"StatusCode": 200, "Payload": {"ok": true}}}}}}
 * }</pre>
 *
 * <p>A test case maps Task state names to mocked responses; a mocked response maps invocation numbers ({@code "0"},
 * or inclusive ranges such as {@code "1-2"}) to a {@code Return} (the service's whole response, used as the task
 * result) or a {@code Throw} ({@code Error} and {@code Cause}). Invocations are counted per state within one
 * execution, from 0; retries count. Immutable.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class MockConfig {

    private final Map<String, Map<String, Map<String, String>>> testCases;
    private final Map<String, List<Entry>> responses;

    private MockConfig(Map<String, Map<String, Map<String, String>>> testCases, Map<String, List<Entry>> responses) {
        this.testCases = testCases;
        this.responses = responses;
    }

    /** One range of invocation numbers and its answer. */
    private record Entry(int from, int to, TaskOutcome outcome) {}

    /**
     * Parses a mock configuration.
     *
     * @throws IllegalArgumentException naming the problem and where it is (a JSON pointer into the file)
     */
    public static MockConfig parse(String json) {
        JsonNode root;
        try {
            root = Json.parse(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Invalid mock config: not JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw invalid("/", "the file must be a JSON object with StateMachines and MockedResponses");
        }
        Map<String, List<Entry>> responses = readResponses(root.path("MockedResponses"));
        Map<String, Map<String, Map<String, String>>> testCases = new LinkedHashMap<>();
        JsonNode machines = root.path("StateMachines");
        if (!machines.isObject()) {
            throw invalid("/StateMachines", "expected an object of state machine names");
        }
        Iterator<Map.Entry<String, JsonNode>> machineFields = machines.fields();
        while (machineFields.hasNext()) {
            Map.Entry<String, JsonNode> machine = machineFields.next();
            String machinePointer = "/StateMachines/" + machine.getKey();
            JsonNode cases = machine.getValue().path("TestCases");
            if (!cases.isObject()) {
                throw invalid(machinePointer + "/TestCases", "expected an object of test case names");
            }
            Map<String, Map<String, String>> byCase = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> caseFields = cases.fields();
            while (caseFields.hasNext()) {
                Map.Entry<String, JsonNode> testCase = caseFields.next();
                String casePointer = machinePointer + "/TestCases/" + testCase.getKey();
                if (!testCase.getValue().isObject()) {
                    throw invalid(casePointer, "expected an object mapping state names to mocked responses");
                }
                Map<String, String> byState = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> stateFields =
                        testCase.getValue().fields();
                while (stateFields.hasNext()) {
                    Map.Entry<String, JsonNode> state = stateFields.next();
                    String response = state.getValue().asText();
                    if (!state.getValue().isTextual() || !responses.containsKey(response)) {
                        throw invalid(
                                casePointer + "/" + state.getKey(),
                                "names the mocked response '" + response + "', which MockedResponses does not define;"
                                        + " defined: " + responses.keySet());
                    }
                    byState.put(state.getKey(), response);
                }
                byCase.put(testCase.getKey(), Collections.unmodifiableMap(byState));
            }
            testCases.put(machine.getKey(), Collections.unmodifiableMap(byCase));
        }
        return new MockConfig(Collections.unmodifiableMap(testCases), Collections.unmodifiableMap(responses));
    }

    /** Reads and parses a mock configuration file (UTF-8). */
    public static MockConfig fromFile(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the mock config " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The test cases of a state machine, by name: each maps Task state names to mocked response names. */
    public Map<String, Map<String, String>> testCases(String stateMachineName) {
        return testCases.getOrDefault(stateMachineName, Map.of());
    }

    /** The state machines this configuration has test cases for. */
    public List<String> stateMachines() {
        return List.copyOf(testCases.keySet());
    }

    /**
     * The answer the mocked response {@code responseName} gives to invocation {@code invocation} (0-based), if it
     * covers that invocation.
     */
    public Optional<TaskOutcome> outcome(String responseName, int invocation) {
        for (Entry entry : responses.getOrDefault(responseName, List.of())) {
            if (invocation >= entry.from() && invocation <= entry.to()) {
                return Optional.of(entry.outcome());
            }
        }
        return Optional.empty();
    }

    /** The invocation numbers a mocked response covers, as written, e.g. {@code [0, 1-2, 3]}. */
    public List<String> coverage(String responseName) {
        List<String> ranges = new ArrayList<>();
        for (Entry entry : responses.getOrDefault(responseName, List.of())) {
            ranges.add(entry.from() == entry.to() ? "" + entry.from() : entry.from() + "-" + entry.to());
        }
        return ranges;
    }

    private static Map<String, List<Entry>> readResponses(JsonNode node) {
        if (!node.isObject()) {
            throw invalid("/MockedResponses", "expected an object of mocked response names");
        }
        Map<String, List<Entry>> responses = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> response = fields.next();
            String pointer = "/MockedResponses/" + response.getKey();
            if (!response.getValue().isObject()) {
                throw invalid(pointer, "expected an object of invocation numbers");
            }
            List<Entry> entries = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> ranges = response.getValue().fields();
            while (ranges.hasNext()) {
                Map.Entry<String, JsonNode> range = ranges.next();
                entries.add(entry(range.getKey(), range.getValue(), pointer + "/" + range.getKey()));
            }
            responses.put(response.getKey(), List.copyOf(entries));
        }
        return responses;
    }

    private static Entry entry(String key, JsonNode value, String pointer) {
        int from;
        int to;
        try {
            int dash = key.indexOf('-');
            from = Integer.parseInt(dash < 0 ? key : key.substring(0, dash));
            to = dash < 0 ? from : Integer.parseInt(key.substring(dash + 1));
        } catch (NumberFormatException e) {
            throw invalid(pointer, "'" + key + "' is not an invocation number (\"0\") or range (\"1-2\")");
        }
        if (from < 0 || to < from) {
            throw invalid(pointer, "'" + key + "' is not a valid range: numbers start at 0 and ranges go up");
        }
        if (!value.isObject() || value.size() != 1 || !(value.has("Return") || value.has("Throw"))) {
            throw invalid(pointer, "must contain exactly one field, Return or Throw");
        }
        if (value.has("Return")) {
            return new Entry(from, to, TaskOutcome.respond(value.get("Return")));
        }
        JsonNode thrown = value.get("Throw");
        if (!thrown.path("Error").isTextual() || !thrown.path("Cause").isTextual()) {
            throw invalid(pointer + "/Throw", "must be an object with string fields Error and Cause");
        }
        return new Entry(
                from,
                to,
                TaskOutcome.fail(
                        thrown.get("Error").textValue(), thrown.get("Cause").textValue()));
    }

    private static IllegalArgumentException invalid(String pointer, String problem) {
        return new IllegalArgumentException("Invalid mock config at " + pointer + ": " + problem);
    }
}
