package dev.lockstep.engine.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Map fields (https://states-language.net, "Map State"; developer guide, "Map state in Distributed mode"). Inline and
 * distributed maps share one field set; AWS accepts an ItemReader without DISTRIBUTED mode at definition time
 * (floci's measurements), so the mode is not cross-checked.
 */
final class MapRules {

    /** The ItemReader, ItemBatcher and ResultWriter fields of one query language only. */
    private static final Set<String> NESTED_JSONPATH_ONLY =
            Set.of("Parameters", "MaxItemsPath", "MaxItemsPerBatchPath", "MaxInputBytesPerBatchPath");

    private static final Set<String> NESTED_JSONATA_ONLY = Set.of("Arguments");

    private static final Set<String> ITEM_READER_FIELDS = Set.of("Resource", "ReaderConfig", "Parameters", "Arguments");
    private static final Set<String> ITEM_BATCHER_FIELDS = Set.of(
            "MaxItemsPerBatch",
            "MaxItemsPerBatchPath",
            "MaxInputBytesPerBatch",
            "MaxInputBytesPerBatchPath",
            "BatchInput");
    private static final Set<String> RESULT_WRITER_FIELDS =
            Set.of("Resource", "Parameters", "Arguments", "WriterConfig");
    private static final Set<String> WRITER_CONFIG_FIELDS = Set.of("Transformation", "OutputType");

    /** The payload limit, which also bounds a batch (developer guide, "ItemBatcher (Map)"). */
    private static final BigInteger MAX_BATCH_BYTES = BigInteger.valueOf(262_144);

    /** The Label of a Distributed Map names its Map Runs; the developer guide caps it at 40 characters. */
    private static final int MAX_LABEL_LENGTH = 40;

    private MapRules() {}

    static void field(String field, JsonNode value, Location at, StateScope state) {
        Checks checks = state.checks();
        switch (field) {
            case "ItemProcessor", "Iterator" -> MachineValidator.validateNested(value, at, true, state.context());
            case "Items" -> items(value, at, state);
            case "ItemSelector" -> selector(value, at, "ItemSelector", state);
            case "ItemReader" -> itemReader(value, at, state);
            case "ItemBatcher" -> itemBatcher(value, at, state);
            case "ResultWriter" -> resultWriter(value, at, state);
            case "MaxConcurrency", "ToleratedFailureCount" ->
                checks.integerOrJsonata(value, at, state.language(), 0, null);
            case "ToleratedFailurePercentage" -> checks.numberOrJsonata(value, at, state.language(), "0", "100");
            case "Label" -> label(value, at, state);
            default -> state.paths().referencePath(value, at, field);
        }
    }

    /** JSONata Items: an array, or a JSONata string that evaluates to one. */
    private static void items(JsonNode value, Location at, StateScope state) {
        if (value.isTextual()) {
            state.checks().jsonataExpression(value, at, "ARRAY");
        } else if (value.isArray()) {
            state.checks().jsonataStrings(value, at);
        } else {
            state.diagnostics().schema(ValidationMessages.expectedTypeOrJsonata("ARRAY"), at);
        }
    }

    /** A payload template in JSONPath; any JSON value in JSONata. */
    private static void selector(JsonNode value, Location at, String field, StateScope state) {
        if (state.jsonata()) {
            state.checks().jsonataStrings(value, at);
        } else {
            state.paths().template(value, at, field);
        }
    }

    private static void label(JsonNode value, Location at, StateScope state) {
        if (state.checks().string(value, at)
                && value.textValue().codePointCount(0, value.textValue().length()) > MAX_LABEL_LENGTH) {
            state.diagnostics().schema(ValidationMessages.maximumLength(MAX_LABEL_LENGTH), at);
        }
    }

    /** ItemReader: an S3 resource (getObject or listObjectsV2), its ReaderConfig and its parameters. */
    private static void itemReader(JsonNode reader, Location at, StateScope state) {
        if (!nestedObject(reader, at, ITEM_READER_FIELDS, state)) {
            return;
        }
        state.checks().required(reader, at, List.of("Resource"));
        s3Resource(reader.get("Resource"), at.field("Resource"), true, state);
        JsonNode config = reader.get("ReaderConfig");
        if (config != null) {
            readerConfig(config, at.field("ReaderConfig"), state);
        }
        parameters(reader, at, state);
    }

    private static void readerConfig(JsonNode config, Location at, StateScope state) {
        Checks checks = state.checks();
        if (!checks.object(config, at)) {
            return;
        }
        foreignFields(config, at, state);
        if (config.has("InputType")) {
            checks.enumeration(
                    config.get("InputType"),
                    at.field("InputType"),
                    List.of("CSV", "JSON", "JSONL", "MANIFEST", "PARQUET"));
        }
        JsonNode headerLocation = config.get("CSVHeaderLocation");
        if (headerLocation != null) {
            checks.enumeration(headerLocation, at.field("CSVHeaderLocation"), List.of("FIRST_ROW", "GIVEN"));
            if ("GIVEN".equals(headerLocation.asText()) && !config.has("CSVHeaders")) {
                state.diagnostics().schema(ValidationMessages.required(List.of("CSVHeaders")), at);
            }
        }
        if (config.has("CSVHeaders") && checks.array(config.get("CSVHeaders"), at.field("CSVHeaders"))) {
            JsonNode headers = config.get("CSVHeaders");
            for (int i = 0; i < headers.size(); i++) {
                checks.string(headers.get(i), at.field("CSVHeaders").index(i));
            }
        }
        bounded(config, at, "MaxItems", "MaxItemsPath", null, state);
    }

    /** ItemBatcher: at least one size bound, each a positive integer or a Reference Path to one. */
    private static void itemBatcher(JsonNode batcher, Location at, StateScope state) {
        if (!nestedObject(batcher, at, ITEM_BATCHER_FIELDS, state)) {
            return;
        }
        List<String> bounds = state.jsonata()
                ? List.of("MaxItemsPerBatch", "MaxInputBytesPerBatch")
                : List.of(
                        "MaxItemsPerBatch",
                        "MaxItemsPerBatchPath",
                        "MaxInputBytesPerBatch",
                        "MaxInputBytesPerBatchPath");
        if (bounds.stream().noneMatch(batcher::has)) {
            state.diagnostics().schema(ValidationMessages.exactlyOneRequired(bounds), at);
        }
        bounded(batcher, at, "MaxItemsPerBatch", "MaxItemsPerBatchPath", null, state);
        bounded(batcher, at, "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", MAX_BATCH_BYTES, state);
        JsonNode batchInput = batcher.get("BatchInput");
        if (batchInput != null) {
            selector(batchInput, at.field("BatchInput"), "BatchInput", state);
        }
    }

    /**
     * ResultWriter: a Resource with its Parameters (or Arguments), a WriterConfig, or both. Measured against AWS by
     * floci: an empty ResultWriter, and a Resource without Parameters, are refused at the ResultWriter.
     */
    private static void resultWriter(JsonNode writer, Location at, StateScope state) {
        if (!nestedObject(writer, at, RESULT_WRITER_FIELDS, state)) {
            return;
        }
        String parameters = state.jsonata() ? "Arguments" : "Parameters";
        if (!writer.has("Resource") && !writer.has("WriterConfig")) {
            state.diagnostics().schema(ValidationMessages.exactlyOneRequired(List.of("Resource", "WriterConfig")), at);
        } else if (writer.has("Resource") && !writer.has(parameters)) {
            state.diagnostics().schema(ValidationMessages.required(List.of(parameters)), at);
        }
        s3Resource(writer.get("Resource"), at.field("Resource"), false, state);
        JsonNode config = writer.get("WriterConfig");
        if (config != null && state.checks().object(config, at.field("WriterConfig"))) {
            writerConfig(config, at.field("WriterConfig"), state);
        }
        parameters(writer, at, state);
        JsonNode destination = writer.get("Parameters");
        if (!state.jsonata() && destination != null && destination.isObject()) {
            for (String field : List.of("Bucket", "Prefix")) {
                if (destination.has(field)) {
                    state.checks()
                            .string(
                                    destination.get(field),
                                    at.field("Parameters").field(field));
                }
            }
        }
    }

    private static void writerConfig(JsonNode config, Location at, StateScope state) {
        Checks checks = state.checks();
        checks.unknownFields(config, at, WRITER_CONFIG_FIELDS);
        checks.required(config, at, List.of("Transformation", "OutputType"));
        if (config.has("Transformation")) {
            checks.enumeration(
                    config.get("Transformation"), at.field("Transformation"), List.of("NONE", "COMPACT", "FLATTEN"));
        }
        if (config.has("OutputType")) {
            checks.enumeration(config.get("OutputType"), at.field("OutputType"), List.of("JSON", "JSONL"));
        }
    }

    private static void s3Resource(JsonNode resource, Location at, boolean reader, StateScope state) {
        if (resource == null || !state.checks().string(resource, at)) {
            return;
        }
        String arn = resource.textValue();
        if (reader ? !ResourceArns.isItemReader(arn) : !ResourceArns.isResultWriter(arn)) {
            state.diagnostics().schema(ValidationMessages.resourceNotRecognized(arn), at);
        }
    }

    /** The Parameters (JSONPath template) or Arguments (JSONata) of an ItemReader or ResultWriter. */
    private static void parameters(JsonNode object, Location at, StateScope state) {
        String field = state.jsonata() ? "Arguments" : "Parameters";
        JsonNode value = object.get(field);
        if (value == null) {
            return;
        }
        if (state.jsonata()) {
            if (!value.isObject() && !Checks.isJsonata(value)) {
                state.diagnostics().schema(ValidationMessages.expectedTypeOrJsonata("OBJECT"), at.field(field));
            }
            state.checks().jsonataStrings(value, at.field(field));
        } else {
            state.paths().template(value, at.field(field), field);
        }
    }

    /** A positive integer field with an optional maximum and its Reference Path variant; not both. */
    private static void bounded(
            JsonNode object, Location at, String field, String pathField, BigInteger max, StateScope state) {
        JsonNode value = object.get(field);
        boolean ownPath = object.has(pathField) && !state.jsonata();
        if (value != null) {
            if (ownPath) {
                state.diagnostics().schema(ValidationMessages.onlyOneOf(List.of(field, pathField)), at.field(field));
            }
            state.checks().integerOrJsonata(value, at.field(field), state.language(), 1, max);
        }
        if (ownPath) {
            state.paths().referencePath(object.get(pathField), at.field(pathField), pathField);
        }
    }

    /**
     * An ItemReader, ItemBatcher or ResultWriter object: fields of the other query language are reported at the
     * field (measured against AWS for ResultWriter Parameters and Arguments), unknown fields at the object.
     */
    private static boolean nestedObject(JsonNode object, Location at, Set<String> known, StateScope state) {
        if (!state.checks().object(object, at)) {
            return false;
        }
        foreignFields(object, at, state);
        state.checks().unknownFields(object, at, known);
        return true;
    }

    private static void foreignFields(JsonNode object, Location at, StateScope state) {
        Set<String> foreign = state.jsonata() ? NESTED_JSONPATH_ONLY : NESTED_JSONATA_ONLY;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (foreign.contains(field)) {
                state.diagnostics().schema(StateFields.foreignMessage(field, state.language()), at.field(field));
            }
        }
    }
}
