package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.AlreadyExistsException;
import dev.lockstep.engine.Diagnostic;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.InvalidDefinitionException;
import dev.lockstep.engine.InvalidNameException;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineDefinition;
import dev.lockstep.engine.StateMachineType;
import dev.lockstep.engine.ValidationResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * CreateStateMachine, UpdateStateMachine, DescribeStateMachine, DescribeStateMachineForExecution, ListStateMachines,
 * DeleteStateMachine and ValidateStateMachineDefinition (API reference of each; constraints from the API model).
 */
final class StateMachineOperations {

    /** AWS's definition limit: 1,048,576 characters (API reference: CreateStateMachine, "definition"). */
    static final int MAX_DEFINITION = 1_048_576;

    static final List<String> TYPES = List.of("STANDARD", "EXPRESS");
    static final List<String> LOG_LEVELS = List.of("ALL", "ERROR", "FATAL", "OFF");
    static final List<String> INCLUDED_DATA = List.of("ALL_DATA", "METADATA_ONLY");
    static final List<String> SEVERITIES = List.of("ERROR", "WARNING");

    private final Catalog catalog;

    StateMachineOperations(Catalog catalog) {
        this.catalog = catalog;
    }

    void register(SfnApi api) {
        api.register("CreateStateMachine", this::create);
        api.register("UpdateStateMachine", this::update);
        api.register("DescribeStateMachine", this::describe);
        api.register("DescribeStateMachineForExecution", this::describeForExecution);
        api.register("ListStateMachines", this::list);
        api.register("DeleteStateMachine", this::delete);
        api.register("ValidateStateMachineDefinition", this::validate);
    }

    JsonNode create(Params params) {
        String name = params.requiredString("name");
        String definition = params.requiredString("definition");
        String roleArn = params.requiredString("roleArn");
        String type = params.string("type");
        ObjectNode logging = params.object("loggingConfiguration");
        ObjectNode tracing = params.object("tracingConfiguration");
        ArrayNode tags = params.array("tags");
        params.bool("publish");
        String versionDescription = params.string("versionDescription");
        params.length("name", name, 1, 80)
                .length("definition", definition, 1, MAX_DEFINITION, true)
                .length("roleArn", roleArn, 1, 256)
                .oneOf("type", type, TYPES)
                .length("versionDescription", versionDescription, 0, 256, true);
        checkLoggingLevel(params, logging);
        Map<String, String> tagMap = TagOperations.readTags(params, tags, "tags");
        params.check();

        try {
            InvalidNameException.check(name, "state machine"); // before the definition is parsed, as AWS answers
        } catch (InvalidNameException e) {
            throw AwsErrors.invalidName(name);
        }
        StateMachineType machineType = type == null ? StateMachineType.STANDARD : StateMachineType.valueOf(type);
        ObjectNode loggingConfiguration = normalizeLogging(logging);
        ObjectNode tracingConfiguration = normalizeTracing(tracing);

        Optional<StateMachine> existing = catalog.engine().stateMachine(name);
        if (existing.isPresent()) {
            return idempotentCreate(
                    existing.get(), definition, machineType, loggingConfiguration, tracingConfiguration);
        }
        StateMachineDefinition parsed = parse(definition, machineType);
        StateMachine machine;
        try {
            machine = catalog.engine().deploy(name, parsed, machineType, roleArn);
        } catch (AlreadyExistsException e) {
            // Created by a concurrent request since we looked: the same idempotency rule applies.
            StateMachine winner =
                    catalog.engine().stateMachine(name).orElseThrow(() -> AwsErrors.stateMachineAlreadyExists(e.arn()));
            return idempotentCreate(winner, definition, machineType, loggingConfiguration, tracingConfiguration);
        } catch (InvalidNameException e) {
            throw AwsErrors.invalidName(name);
        }
        Catalog.MachineInfo info = catalog.info(machine);
        info.logging(loggingConfiguration);
        info.tracing(tracingConfiguration);
        if (!tagMap.isEmpty()) {
            catalog.tag(machine.arn(), tagMap);
        }
        return created(machine);
    }

    /**
     * CreateStateMachine is idempotent on name, definition, type, logging and tracing configuration; a different role
     * or tags are ignored, not updated (API reference: CreateStateMachine). A definition that differs only in format is
     * a different definition (recorded: test_create_duplicate_definition_format_sm).
     */
    private JsonNode idempotentCreate(
            StateMachine existing, String definition, StateMachineType type, ObjectNode logging, ObjectNode tracing) {
        Catalog.MachineInfo info = catalog.info(existing);
        boolean same = existing.definition().text().equals(definition)
                && existing.type() == type
                && info.logging().equals(logging)
                && info.tracing().equals(tracing);
        if (!same) {
            throw AwsErrors.stateMachineAlreadyExists(existing.arn());
        }
        return created(existing);
    }

    private static JsonNode created(StateMachine machine) {
        ObjectNode response = SfnJson.object();
        response.put("stateMachineArn", machine.arn());
        response.set("creationDate", SfnJson.timestamp(machine.creationTime()));
        return response;
    }

    JsonNode update(Params params) {
        String arn = params.requiredString("stateMachineArn");
        String definition = params.string("definition");
        String roleArn = params.string("roleArn");
        ObjectNode logging = params.object("loggingConfiguration");
        ObjectNode tracing = params.object("tracingConfiguration");
        params.bool("publish");
        String versionDescription = params.string("versionDescription");
        params.length("stateMachineArn", arn, 1, 256)
                .length("definition", definition, 1, MAX_DEFINITION, true)
                .length("roleArn", roleArn, 1, 256)
                .length("versionDescription", versionDescription, 0, 256, true);
        checkLoggingLevel(params, logging);
        params.check();

        StateMachine machine = catalog.machine(arn);
        if (definition == null && roleArn == null && logging == null && tracing == null) {
            // Recorded: test_create_update_state_machine_base_update_none.
            throw AwsErrors.missingRequiredParameter("Either the definition, the role ARN, the LoggingConfiguration, or"
                    + " the TracingConfiguration must be specified");
        }
        Catalog.MachineInfo info = catalog.info(machine);
        ObjectNode newLogging = logging == null ? info.logging() : normalizeLogging(logging);
        ObjectNode newTracing = tracing == null ? info.tracing() : normalizeTracing(tracing);
        StateMachineDefinition parsed = definition == null ? null : parse(definition, machine.type());
        boolean changed =
                (definition != null && !definition.equals(machine.definition().text()))
                        || (roleArn != null && !roleArn.equals(machine.roleArn()))
                        || !newLogging.equals(info.logging())
                        || !newTracing.equals(info.tracing());
        Instant now = catalog.engine().clock().now();
        String revisionId = info.revisionId();
        // An update that changes nothing keeps the revision id (recorded:
        // test_create_update_state_machine_same_parameters).
        if (changed || revisionId == null) {
            machine.update(parsed != null ? parsed : machine.definition(), roleArn);
            info.logging(newLogging);
            info.tracing(newTracing);
            revisionId = UUID.randomUUID().toString();
            info.revised(revisionId, now);
        }
        ObjectNode response = SfnJson.object();
        response.set("updateDate", SfnJson.timestamp(now));
        response.put("revisionId", revisionId);
        return response;
    }

    JsonNode describe(Params params) {
        String arn = params.requiredString("stateMachineArn");
        String includedData = params.string("includedData");
        params.length("stateMachineArn", arn, 1, 256).oneOf("includedData", includedData, INCLUDED_DATA);
        params.check();

        StateMachine machine = catalog.machine(arn);
        Catalog.MachineInfo info = catalog.info(machine);
        ObjectNode response = SfnJson.object();
        response.put("stateMachineArn", machine.arn());
        response.put("name", machine.name());
        response.put("status", "ACTIVE");
        response.put("definition", machine.definition().text());
        response.put("roleArn", machine.roleArn());
        response.put("type", machine.type().name());
        response.set("creationDate", SfnJson.timestamp(machine.creationTime()));
        response.set("loggingConfiguration", info.logging());
        response.set("tracingConfiguration", info.tracing());
        if (info.revisionId() != null) {
            response.put("revisionId", info.revisionId());
        }
        return response;
    }

    JsonNode describeForExecution(Params params) {
        String arn = params.requiredString("executionArn");
        String includedData = params.string("includedData");
        params.length("executionArn", arn, 1, 256).oneOf("includedData", includedData, INCLUDED_DATA);
        params.check();

        Execution execution = catalog.execution(arn);
        StateMachine machine = execution.stateMachine();
        Catalog.MachineInfo info = catalog.info(machine);
        Catalog.MachineInfo.Revision revision = info.revisionOf(execution.definition());
        ObjectNode response = SfnJson.object();
        response.put("stateMachineArn", machine.arn());
        response.put("name", machine.name());
        response.put("definition", execution.definition().text());
        response.put("roleArn", machine.roleArn());
        response.set("updateDate", SfnJson.timestamp(revision.updateDate()));
        response.set("loggingConfiguration", info.logging());
        response.set("tracingConfiguration", info.tracing());
        if (revision.revisionId() != null) {
            response.put("revisionId", revision.revisionId());
        }
        return response;
    }

    /** Recorded (test_list_sms_pagination): machines come sorted by name; maxResults 0 means the default of 100. */
    JsonNode list(Params params) {
        int pageSize = params.pageSize("maxResults", 1000);
        String nextToken = params.string("nextToken");
        params.length("nextToken", nextToken, 1, 1024);
        params.check();

        Page<StateMachine> page =
                Page.of(catalog.engine().stateMachines(), StateMachine::name, "stateMachines", nextToken, pageSize);
        ArrayNode items = SfnJson.array();
        for (StateMachine machine : page.items()) {
            ObjectNode item = items.addObject();
            item.put("stateMachineArn", machine.arn());
            item.put("name", machine.name());
            item.put("type", machine.type().name());
            item.set("creationDate", SfnJson.timestamp(machine.creationTime()));
        }
        ObjectNode response = SfnJson.object();
        response.set("stateMachines", items);
        page.addNextToken(response);
        return response;
    }

    /** Deleting a machine that does not exist succeeds (recorded: test_delete_nonexistent_sm). */
    JsonNode delete(Params params) {
        String arn = params.requiredString("stateMachineArn");
        params.length("stateMachineArn", arn, 1, 256);
        params.check();

        Arn parsed = Arn.of(arn, Arn.STATE_MACHINE);
        catalog.findMachine(parsed).ifPresent(machine -> {
            catalog.engine().undeploy(machine.name());
            catalog.forget(machine.arn());
        });
        return SfnJson.object();
    }

    /**
     * ValidateStateMachineDefinition: a FAIL result is still HTTP 200. An empty definition is a diagnostic, not a
     * ValidationException (recorded: test_sfn_api_validation, 19-10-2025), so there is no minimum length here.
     */
    JsonNode validate(Params params) {
        String definition = params.requiredString("definition");
        String type = params.string("type");
        String severity = params.string("severity");
        params.length("definition", definition, 0, MAX_DEFINITION, true)
                .oneOf("type", type, TYPES)
                .oneOf("severity", severity, SEVERITIES);
        int limit = params.pageSize("maxResults", 100);
        params.check();

        StateMachineType machineType = type == null ? StateMachineType.STANDARD : StateMachineType.valueOf(type);
        ValidationResult result = StateMachineDefinition.validate(definition, machineType);
        boolean withWarnings = "WARNING".equals(severity);
        List<Diagnostic> shown = result.diagnostics().stream()
                .filter(diagnostic -> withWarnings || diagnostic.isError())
                .collect(Collectors.toList());
        return SfnJson.validation(result, shown.subList(0, Math.min(limit, shown.size())), shown.size() > limit);
    }

    private static StateMachineDefinition parse(String definition, StateMachineType type) {
        try {
            return StateMachineDefinition.parse(definition, type);
        } catch (InvalidDefinitionException e) {
            throw AwsErrors.invalidDefinition(e.getMessage());
        }
    }

    private static void checkLoggingLevel(Params params, ObjectNode logging) {
        if (logging != null && logging.has("level")) {
            JsonNode level = logging.get("level");
            params.oneOf(
                    "loggingConfiguration.level", level.isTextual() ? level.asText() : level.toString(), LOG_LEVELS);
        }
    }

    /**
     * The logging configuration as DescribeStateMachine shows it: AWS's defaults filled in. A level other than OFF
     * needs a log destination (API reference: LoggingConfiguration); AWS refuses one without it.
     */
    private static ObjectNode normalizeLogging(ObjectNode logging) {
        ObjectNode normalized = Catalog.MachineInfo.defaultLogging();
        if (logging == null) {
            return normalized;
        }
        if (logging.has("level")) {
            normalized.put("level", logging.get("level").asText());
        }
        if (logging.has("includeExecutionData")) {
            normalized.put(
                    "includeExecutionData", logging.get("includeExecutionData").asBoolean());
        }
        JsonNode destinations = logging.get("destinations");
        if (destinations != null && destinations.isArray() && !destinations.isEmpty()) {
            normalized.set("destinations", destinations);
        }
        if (!"OFF".equals(normalized.get("level").asText()) && !normalized.has("destinations")) {
            throw AwsErrors.invalidLoggingConfiguration(
                    "Invalid Logging Configuration: Must specify exactly one Log Destination.");
        }
        return normalized;
    }

    private static ObjectNode normalizeTracing(ObjectNode tracing) {
        ObjectNode normalized = Catalog.MachineInfo.defaultTracing();
        if (tracing != null && tracing.has("enabled")) {
            normalized.put("enabled", tracing.get("enabled").asBoolean());
        }
        return normalized;
    }
}
