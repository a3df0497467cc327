package dev.lockstep.engine.internal.validate;

import static dev.lockstep.engine.internal.validate.Definitions.assertDiagnostics;
import static dev.lockstep.engine.internal.validate.Definitions.assertValid;
import static dev.lockstep.engine.internal.validate.Definitions.jsonataMachine;
import static dev.lockstep.engine.internal.validate.Definitions.machine;
import static dev.lockstep.engine.internal.validate.Definitions.schema;

import org.junit.jupiter.api.Test;

/** Parallel branches and Map fields, inline and distributed. */
class ParallelAndMapValidationTest {

    private static final String PROCESSOR = "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}";
    private static final String DISTRIBUTED = "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
            + "'ExecutionType':'STANDARD'},'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}";

    private static String map(String fields) {
        return machine("{'Type':'Map','End':true," + PROCESSOR + fields + "}");
    }

    private static String distributed(String fields) {
        return machine("{'Type':'Map','End':true," + DISTRIBUTED + fields + "}");
    }

    private static String parallel(String branches) {
        return machine("{'Type':'Parallel','End':true,'Branches':" + branches + "}");
    }

    @Test
    void the_specifications_parallel_example_is_valid() {
        assertValid("{'StartAt':'LookupCustomerInfo','States':{'LookupCustomerInfo':{'Type':'Parallel','Branches':["
                + "{'StartAt':'LookupAddress','States':{'LookupAddress':{'Type':'Task',"
                + "'Resource':'arn:aws:lambda:us-east-1:123456789012:function:AddressFinder','End':true}}},"
                + "{'StartAt':'LookupPhone','States':{'LookupPhone':{'Type':'Task',"
                + "'Resource':'arn:aws:lambda:us-east-1:123456789012:function:PhoneFinder','End':true}}}],"
                + "'Next':'NextState'},'NextState':{'Type':'Succeed'}}}");
    }

    @Test
    void a_parallel_needs_branches() {
        assertDiagnostics(machine("{'Type':'Parallel','End':true}"))
                .containsExactly(schema("These fields are required: [Branches]", "/States/S"));
    }

    @Test
    void branches_cannot_be_empty() {
        assertDiagnostics(parallel("[]")).containsExactly(schema("Value cannot be empty", "/States/S/Branches"));
    }

    @Test
    void a_branch_must_be_an_object_with_start_at_and_states() {
        assertDiagnostics(parallel("['B']"))
                .containsExactly(schema("Expected value of type [OBJECT]", "/States/S/Branches[0]"));
        assertDiagnostics(parallel("[{}]"))
                .containsExactly(schema("These fields are required: [States, StartAt]", "/States/S/Branches[0]"));
    }

    @Test
    void a_branch_takes_a_comment_and_nothing_else_besides_start_at_and_states() {
        assertValid(parallel("[{'Comment':'c','StartAt':'B','States':{'B':{'Type':'Succeed'}}}]"));
        assertDiagnostics(parallel("[{'TimeoutSeconds':5,'StartAt':'B','States':{'B':{'Type':'Succeed'}}}]"))
                .containsExactly(schema("Field 'TimeoutSeconds' is not supported", "/States/S/Branches[0]"));
    }

    @Test
    void states_inside_branches_are_validated_at_their_nested_location() {
        assertDiagnostics(parallel("[{'StartAt':'B','States':{'B':{'Type':'Task','End':true}}}]"))
                .containsExactly(schema("These fields are required: [Resource]", "/States/S/Branches[0]/States/B"));
    }

    @Test
    void the_specifications_jsonpath_map_example_is_valid() {
        assertValid(machine("{'Type':'Map','InputPath':'$.detail','ItemsPath':'$.shipped','MaxConcurrency':0,"
                + "'ItemSelector':{'parcel.$':'$$.Map.Item.Value','courier.$':'$.delivery-partner'},"
                + "'ItemProcessor':{'StartAt':'Validate','States':{'Validate':{'Type':'Task',"
                + "'Resource':'arn:aws:lambda:us-east-1:123456789012:function:ship-val','End':true}}},"
                + "'ResultPath':'$.detail.shipped','End':true}"));
    }

    @Test
    void the_specifications_jsonata_map_example_is_valid() {
        assertValid(jsonataMachine("{'Type':'Map','Items':'{% $states.input.detail.shipped %}','MaxConcurrency':0,"
                + "'ItemSelector':{'parcel':'{% $states.context.Map.Item.Value %}'},"
                + "'ItemProcessor':{'StartAt':'Validate','States':{'Validate':{'Type':'Task',"
                + "'Resource':'arn:aws:lambda:us-east-1:123456789012:function:ship-val','End':true}}},"
                + "'Assign':{'shipped':'{% $states.result %}'},"
                + "'Output':{'numItemsProcessed':'{% $count($states.input.detail.shipped) %}'},'End':true}"));
    }

    @Test
    void a_map_needs_an_item_processor_or_the_legacy_iterator() {
        assertDiagnostics(machine("{'Type':'Map','End':true}"))
                .containsExactly(schema(
                        "Exactly one of the following fields is required: [ItemProcessor, Iterator]", "/States/S"));
        assertValid(machine(
                "{'Type':'Map','End':true,'Iterator':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"));
    }

    @Test
    void a_map_takes_only_one_of_item_processor_and_iterator() {
        assertDiagnostics(map(",'Iterator':{'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}}"))
                .containsExactly(schema(
                        "There should only be one of the following fields: [ItemProcessor, Iterator]", "/States/S"));
    }

    @Test
    void the_processor_mode_is_inline_or_distributed() {
        assertDiagnostics(machine("{'Type':'Map','End':true,'ItemProcessor':{'ProcessorConfig':{'Mode':'PARALLEL'},"
                        + "'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"))
                .containsExactly(schema(
                        "Value should be one of the following: [INLINE, DISTRIBUTED]",
                        "/States/S/ItemProcessor/ProcessorConfig/Mode"));
    }

    @Test
    void a_distributed_processor_needs_an_execution_type() {
        assertDiagnostics(machine("{'Type':'Map','End':true,'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED'},"
                        + "'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"))
                .containsExactly(schema(
                        "These fields are required: [ExecutionType]", "/States/S/ItemProcessor/ProcessorConfig"));
    }

    @Test
    void an_inline_processor_takes_no_execution_type() {
        assertDiagnostics(machine("{'Type':'Map','End':true,'ItemProcessor':{'ProcessorConfig':{'Mode':'INLINE',"
                        + "'ExecutionType':'EXPRESS'},'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"))
                .containsExactly(
                        schema("Field 'ExecutionType' is not supported", "/States/S/ItemProcessor/ProcessorConfig"));
    }

    @Test
    void the_execution_type_is_standard_or_express() {
        assertDiagnostics(machine("{'Type':'Map','End':true,'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
                        + "'ExecutionType':'FAST'},'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}}"))
                .containsExactly(schema(
                        "Value should be one of the following: [STANDARD, EXPRESS]",
                        "/States/S/ItemProcessor/ProcessorConfig/ExecutionType"));
    }

    @Test
    void max_concurrency_is_a_non_negative_integer_of_any_size() {
        assertDiagnostics(map(",'MaxConcurrency':-1"))
                .containsExactly(schema("Minimum value is 0", "/States/S/MaxConcurrency"));
        // Measured by floci: AWS accepts Long.MAX_VALUE and caps it at run time.
        assertValid(map(",'MaxConcurrency':9223372036854775807"));
    }

    @Test
    void max_concurrency_and_its_path_exclude_each_other_at_the_first_field() {
        assertDiagnostics(map(",'MaxConcurrency':2,'MaxConcurrencyPath':'$.limit'"))
                .containsExactly(schema(
                        "There should only be one of the following fields: [MaxConcurrency, MaxConcurrencyPath]",
                        "/States/S/MaxConcurrency"));
    }

    @Test
    void a_nested_maps_max_concurrency_is_located_at_its_nested_field() {
        assertDiagnostics(machine("{'Type':'Map','End':true,'ItemProcessor':{'StartAt':'Inner','States':{"
                        + "'Inner':{'Type':'Map','MaxConcurrency':-1,'End':true," + PROCESSOR + "}}}}"))
                .containsExactly(schema("Minimum value is 0", "/States/S/ItemProcessor/States/Inner/MaxConcurrency"));
    }

    @Test
    void tolerated_failure_percentage_is_a_number_from_0_to_100() {
        assertValid(distributed(",'ToleratedFailurePercentage':12.5"));
        assertDiagnostics(distributed(",'ToleratedFailurePercentage':101"))
                .containsExactly(schema("Maximum value is 100", "/States/S/ToleratedFailurePercentage"));
        assertDiagnostics(distributed(",'ToleratedFailurePercentage':-1"))
                .containsExactly(schema("Minimum value is 0", "/States/S/ToleratedFailurePercentage"));
    }

    @Test
    void tolerated_failure_count_is_a_non_negative_integer() {
        assertValid(distributed(",'ToleratedFailureCount':0"));
        assertDiagnostics(distributed(",'ToleratedFailureCount':-2"))
                .containsExactly(schema("Minimum value is 0", "/States/S/ToleratedFailureCount"));
    }

    @Test
    void a_label_is_a_string_of_at_most_40_characters() {
        assertValid(distributed(",'Label':'" + "l".repeat(40) + "'"));
        assertDiagnostics(distributed(",'Label':'" + "l".repeat(41) + "'"))
                .containsExactly(schema("Maximum length is 40", "/States/S/Label"));
    }

    @Test
    void item_selector_and_the_deprecated_parameters_exclude_each_other() {
        assertDiagnostics(map(",'Parameters':{'a':1},'ItemSelector':{'b':2}"))
                .containsExactly(schema(
                        "There should only be one of the following fields: [Parameters, ItemSelector]",
                        "/States/S/Parameters"));
    }

    @Test
    void an_item_reader_reads_s3_objects() {
        assertValid(distributed(",'ItemReader':{'Resource':'arn:aws:states:::s3:getObject',"
                + "'ReaderConfig':{'InputType':'CSV','CSVHeaderLocation':'FIRST_ROW','MaxItems':100},"
                + "'Parameters':{'Bucket':'b','Key':'k'}}"));
        assertValid(distributed(",'ItemReader':{'Resource':'arn:aws:states:::s3:listObjectsV2',"
                + "'Parameters':{'Bucket':'b','Prefix':'p'}}"));
    }

    @Test
    void an_item_reader_is_accepted_without_distributed_mode_as_aws_measured() {
        assertValid(map(",'ItemReader':{'Resource':'arn:aws:states:::s3:getObject','ReaderConfig':{'InputType':'JSON'},"
                + "'Parameters':{'Bucket':'map-inputs','Key':'workers.json'}}"));
    }

    @Test
    void an_item_reader_needs_a_resource_it_knows() {
        assertDiagnostics(distributed(",'ItemReader':{'Parameters':{}}"))
                .containsExactly(schema("These fields are required: [Resource]", "/States/S/ItemReader"));
        assertDiagnostics(distributed(",'ItemReader':{'Resource':'arn:aws:states:::s3:unknownOperation'}"))
                .containsExactly(schema(
                        ValidationMessages.resourceNotRecognized("arn:aws:states:::s3:unknownOperation"),
                        "/States/S/ItemReader/Resource"));
    }

    @Test
    void a_reader_input_type_is_one_aws_knows() {
        assertDiagnostics(distributed(",'ItemReader':{'Resource':'arn:aws:states:::s3:getObject',"
                        + "'ReaderConfig':{'InputType':'UNSUPPORTED'}}"))
                .containsExactly(schema(
                        "Value should be one of the following: [CSV, JSON, JSONL, MANIFEST, PARQUET]",
                        "/States/S/ItemReader/ReaderConfig/InputType"));
    }

    @Test
    void given_csv_headers_must_be_given() {
        assertDiagnostics(distributed(",'ItemReader':{'Resource':'arn:aws:states:::s3:getObject',"
                        + "'ReaderConfig':{'InputType':'CSV','CSVHeaderLocation':'GIVEN'}}"))
                .containsExactly(
                        schema("These fields are required: [CSVHeaders]", "/States/S/ItemReader/ReaderConfig"));
    }

    @Test
    void max_items_is_a_positive_integer() {
        assertDiagnostics(distributed(",'ItemReader':{'Resource':'arn:aws:states:::s3:getObject',"
                        + "'ReaderConfig':{'InputType':'JSON','MaxItems':0}}"))
                .containsExactly(schema("Minimum value is 1", "/States/S/ItemReader/ReaderConfig/MaxItems"));
    }

    @Test
    void an_item_batcher_needs_a_bound() {
        assertDiagnostics(distributed(",'ItemBatcher':{'BatchInput':{'k':'v'}}"))
                .containsExactly(schema(
                        "Exactly one of the following fields is required: [MaxItemsPerBatch, MaxItemsPerBatchPath,"
                                + " MaxInputBytesPerBatch, MaxInputBytesPerBatchPath]",
                        "/States/S/ItemBatcher"));
        assertValid(distributed(",'ItemBatcher':{'MaxItemsPerBatch':10,'BatchInput':{'k':'v'}}"));
    }

    @Test
    void a_batch_holds_at_most_256_kib() {
        assertValid(distributed(",'ItemBatcher':{'MaxInputBytesPerBatch':262144}"));
        assertDiagnostics(distributed(",'ItemBatcher':{'MaxInputBytesPerBatch':262145}"))
                .containsExactly(schema("Maximum value is 262144", "/States/S/ItemBatcher/MaxInputBytesPerBatch"));
    }

    @Test
    void a_result_writer_writes_to_s3_with_parameters_or_only_shapes_the_output() {
        assertValid(distributed(",'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject',"
                + "'WriterConfig':{'Transformation':'FLATTEN','OutputType':'JSONL'},"
                + "'Parameters':{'Bucket.$':'$.destination.bucket','Prefix':'results'}}"));
        assertValid(distributed(",'ResultWriter':{'WriterConfig':{'Transformation':'COMPACT','OutputType':'JSON'}}"));
    }

    @Test
    void an_empty_result_writer_is_refused_at_the_writer() {
        assertDiagnostics(distributed(",'ResultWriter':{}"))
                .containsExactly(schema(
                        "Exactly one of the following fields is required: [Resource, WriterConfig]",
                        "/States/S/ResultWriter"));
    }

    @Test
    void a_result_writer_resource_needs_its_parameters() {
        assertDiagnostics(distributed(",'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject'}"))
                .containsExactly(schema("These fields are required: [Parameters]", "/States/S/ResultWriter"));
    }

    @Test
    void a_result_writer_resource_must_be_s3_put_object_and_not_null() {
        assertDiagnostics(distributed(",'ResultWriter':{'Resource':'arn:aws:states:::s3:getObject','Parameters':{}}"))
                .containsExactly(schema(
                        ValidationMessages.resourceNotRecognized("arn:aws:states:::s3:getObject"),
                        "/States/S/ResultWriter/Resource"));
        assertDiagnostics(distributed(",'ResultWriter':{'Resource':null,'Parameters':{'Bucket':'b'}}"))
                .containsExactly(schema("Expected value of type [STRING]", "/States/S/ResultWriter/Resource"));
    }

    @Test
    void writer_config_needs_transformation_and_output_type_together() {
        assertDiagnostics(distributed(",'ResultWriter':{'WriterConfig':{'Transformation':'COMPACT'}}"))
                .containsExactly(
                        schema("These fields are required: [OutputType]", "/States/S/ResultWriter/WriterConfig"));
    }

    @Test
    void result_writer_bucket_and_prefix_are_strings() {
        assertDiagnostics(distributed(",'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject',"
                        + "'Parameters':{'Bucket':42,'Prefix':{}}}"))
                .containsExactly(
                        schema("Expected value of type [STRING]", "/States/S/ResultWriter/Parameters/Bucket"),
                        schema("Expected value of type [STRING]", "/States/S/ResultWriter/Parameters/Prefix"));
    }

    @Test
    void a_jsonata_result_writer_refuses_parameters_at_the_field() {
        assertDiagnostics(jsonataMachine("{'Type':'Map','End':true," + DISTRIBUTED + ",'ResultWriter':{"
                        + "'Resource':'arn:aws:states:::s3:putObject','Arguments':{'Bucket':'results'},"
                        + "'Parameters':{'Bucket':'ignored'}}}"))
                .containsExactly(
                        schema(ValidationMessages.onlyForJsonPath("Parameters"), "/States/S/ResultWriter/Parameters"));
    }

    @Test
    void a_jsonpath_result_writer_refuses_arguments_at_the_field() {
        assertDiagnostics(distributed(",'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject',"
                        + "'Parameters':{'Bucket':'results'},'Arguments':{'Bucket':'ignored'}}"))
                .containsExactly(
                        schema(ValidationMessages.onlyForJsonata("Arguments"), "/States/S/ResultWriter/Arguments"));
    }

    @Test
    void jsonata_items_are_an_array_or_an_expression() {
        assertValid(jsonataMachine("{'Type':'Map','Items':[1,2,3],'End':true," + PROCESSOR + "}"));
        assertDiagnostics(jsonataMachine("{'Type':'Map','Items':'1,2,3','End':true," + PROCESSOR + "}"))
                .containsExactly(
                        schema("Expected value of type [ARRAY] or a JSONata string {% ... %}", "/States/S/Items"));
    }

    @Test
    void a_map_takes_no_arguments_even_in_jsonata() {
        assertDiagnostics(jsonataMachine("{'Type':'Map','Arguments':{},'End':true," + PROCESSOR + "}"))
                .containsExactly(schema("Field 'Arguments' is not supported", "/States/S"));
    }
}
