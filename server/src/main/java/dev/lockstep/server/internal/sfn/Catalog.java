package dev.lockstep.server.internal.sfn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.Activity;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.Execution;
import dev.lockstep.engine.StateMachine;
import dev.lockstep.engine.StateMachineDefinition;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the API serves: the engine's state machines and executions, plus what the API keeps beside them that the
 * engine does not model (logging and tracing configuration, revisions, tags). The engine stays the source of truth:
 * machines deployed through the Java API are served too, with AWS's defaults for what only the API sets. Thread-safe.
 */
final class Catalog {

    /** AWS allows 50 tags per resource (API reference: TagResource, "Tagging in Step Functions"). */
    static final int MAX_TAGS = 50;

    private final Engine engine;
    private final Map<StateMachine, MachineInfo> infos = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<String, Map<String, String>> tags = new ConcurrentHashMap<>();

    Catalog(Engine engine) {
        this.engine = engine;
    }

    Engine engine() {
        return engine;
    }

    /** The state machine a stateMachine ARN names. */
    StateMachine machine(String arnText) {
        Arn arn = Arn.of(arnText, Arn.STATE_MACHINE);
        return findMachine(arn).orElseThrow(() -> AwsErrors.stateMachineDoesNotExist(arnText));
    }

    Optional<StateMachine> findMachine(Arn arn) {
        return engine.stateMachine(arn.resource())
                .filter(machine -> machine.arn().equals(arn.text()));
    }

    /**
     * The Standard execution an execution ARN names. Express executions are not addressable: AWS answers InvalidArn
     * {@code Resource type not valid in this context: express} (recorded).
     */
    Execution execution(String arnText) {
        Arn.of(arnText, Arn.EXECUTION);
        return engine.execution(arnText).orElseThrow(() -> AwsErrors.executionDoesNotExist(arnText));
    }

    /** The activity an activity ARN names. */
    Activity activity(String arnText) {
        Arn.of(arnText, Arn.ACTIVITY);
        return engine.activity(arnText).orElseThrow(() -> AwsErrors.activityDoesNotExist(arnText));
    }

    MachineInfo info(StateMachine machine) {
        return infos.computeIfAbsent(machine, MachineInfo::new);
    }

    /** The tags of a resource, in the order they were first set. */
    Map<String, String> tags(String arn) {
        Map<String, String> current = tags.get(arn);
        if (current == null) {
            return Map.of();
        }
        synchronized (current) {
            return new LinkedHashMap<>(current);
        }
    }

    void tag(String arn, Map<String, String> added) {
        Map<String, String> current = tags.computeIfAbsent(arn, key -> new LinkedHashMap<>());
        synchronized (current) {
            Map<String, String> merged = new LinkedHashMap<>(current);
            merged.putAll(added);
            if (merged.size() > MAX_TAGS) {
                throw AwsErrors.tooManyTags(arn, MAX_TAGS);
            }
            current.putAll(added);
        }
    }

    void untag(String arn, Iterable<String> keys) {
        Map<String, String> current = tags.get(arn);
        if (current == null) {
            return;
        }
        synchronized (current) {
            keys.forEach(current::remove);
        }
    }

    void forget(String arn) {
        tags.remove(arn);
    }

    /** What the API keeps about one state machine beside the engine. */
    static final class MachineInfo {

        /** One definition a machine has had: when it became current and its revision id (null for the first). */
        record Revision(String revisionId, Instant updateDate) {}

        private final StateMachine machine;
        private final Map<StateMachineDefinition, Revision> revisions =
                Collections.synchronizedMap(new WeakHashMap<>());
        private volatile ObjectNode logging = defaultLogging();
        private volatile ObjectNode tracing = defaultTracing();
        private volatile String revisionId;

        MachineInfo(StateMachine machine) {
            this.machine = machine;
        }

        /** AWS's default: {@code {"level": "OFF", "includeExecutionData": false}} (recorded DescribeStateMachine). */
        static ObjectNode defaultLogging() {
            ObjectNode logging = SfnJson.object();
            logging.put("level", "OFF");
            logging.put("includeExecutionData", false);
            return logging;
        }

        /** AWS's default: {@code {"enabled": false}} (recorded DescribeStateMachine). */
        static ObjectNode defaultTracing() {
            ObjectNode tracing = SfnJson.object();
            tracing.put("enabled", false);
            return tracing;
        }

        ObjectNode logging() {
            return logging;
        }

        void logging(ObjectNode value) {
            this.logging = value;
        }

        ObjectNode tracing() {
            return tracing;
        }

        void tracing(ObjectNode value) {
            this.tracing = value;
        }

        /** The current revision id; null until the first update, as DescribeStateMachine leaves it out until then. */
        String revisionId() {
            return revisionId;
        }

        void revised(String newRevisionId, Instant when) {
            this.revisionId = newRevisionId;
            revisions.put(machine.definition(), new Revision(newRevisionId, when));
        }

        /** The revision that introduced {@code definition}; the creation for a definition never updated. */
        Revision revisionOf(StateMachineDefinition definition) {
            Revision revision = revisions.get(definition);
            return revision != null ? revision : new Revision(null, machine.creationTime());
        }
    }
}
