package dev.lockstep.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.lockstep.junit.fixtures.LifecycleFixtures;
import dev.lockstep.junit.internal.FailureNotes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class ExtensionLifecycleTest {

    @BeforeEach
    void forget() {
        LifecycleFixtures.SEEN.clear();
    }

    @Test
    void parameters_and_fields_are_injected_from_one_engine() {
        Kit.execute(LifecycleFixtures.Injection.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    }

    @Test
    void each_test_gets_its_own_engine_and_leaves_no_mock_behind() {
        Kit.execute(LifecycleFixtures.Isolation.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(LifecycleFixtures.SEEN).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void each_test_gets_the_graphql_api_bound_to_its_own_engine() {
        Kit.execute(LifecycleFixtures.GraphQlPerTest.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
        assertThat(LifecycleFixtures.SEEN).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void nested_classes_inherit_the_outer_setup_and_add_their_own() {
        Kit.execute(LifecycleFixtures.Outer.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void tests_run_in_parallel_each_with_its_own_mocks() {
        EngineExecutionResults results = Kit.create().parallel().run(LifecycleFixtures.Parallel.class);
        results.testEvents()
                .assertStatistics(stats -> stats.started(8).succeeded(8).failed(0));
        assertThat(LifecycleFixtures.Parallel.THREADS).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void the_builder_and_the_annotation_make_the_same_options() {
        assertThat(LockstepExtension.builder().build().options()).isEqualTo(LockstepOptions.defaults());
        assertThat(dev.lockstep.junit.internal.ConfigurationReader.fromLockstepTest(LifecycleFixtures.Isolation.class))
                .isEqualTo(LockstepOptions.defaults());
    }

    @Test
    void a_registered_extension_configures_the_tests() {
        Kit.execute(LifecycleFixtures.Programmatic.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void a_registered_extension_takes_over_from_the_annotation() {
        Kit.execute(LifecycleFixtures.ProgrammaticBeatsAnnotation.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void a_class_may_share_one_engine_whose_mocks_end_with_each_test() {
        Kit.execute(LifecycleFixtures.SharedEngine.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void a_method_substitution_on_a_shared_engine_is_refused_not_ignored() {
        EngineExecutionResults results = Kit.execute(LifecycleFixtures.SharedEngineWithMethodSubstitution.class);
        results.testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        assertConfigurationFailure(
                results,
                "never_runs_with_the_class_value",
                "@Substitution on the test method never_runs_with_the_class_value needs an engine of its own, but the"
                        + " class shares one (engineScope = PER_CLASS), set up with the class's values; put it on the"
                        + " class, or use @LockstepTest(engineScope = EngineScope.PER_TEST)");
    }

    @Test
    void a_method_machine_whose_name_the_shared_engine_holds_with_another_definition_is_refused() {
        EngineExecutionResults results =
                Kit.execute(LifecycleFixtures.SharedEngineWithMethodMachineOfTheSameName.class);
        results.testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        assertConfigurationFailure(results, "never_runs_the_class_definition", TWO_ORDERS);
    }

    @Test
    void two_definitions_under_one_name_fail_the_test_instead_of_deploying_the_first() {
        assertConfigurationFailure(
                Kit.execute(LifecycleFixtures.TwoDefinitionsOfOneName.class), "never_runs", TWO_ORDERS);
    }

    private static final String TWO_ORDERS = "Two state machines are named 'orders': one from"
            + " classpath:workflows/orders.asl.json and another from classpath:workflows/reminder.asl.json, with a"
            + " different definition or type; an engine holds one state machine of a name: give one of them another"
            + " name with @StateMachine(name = \"...\")";

    /** The test {@code testMethod} failed with exactly this configuration error. */
    private static void assertConfigurationFailure(
            EngineExecutionResults results, String testMethod, String expectedMessage) {
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test(testMethod),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class), message(expectedMessage))));
    }

    @Test
    void asking_for_the_context_outside_a_test_explains_the_engine_scope() {
        Kit.execute(LifecycleFixtures.BeforeAllWithoutSharedEngine.class)
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(LifecycleFixtures.BeforeAllWithoutSharedEngine.class),
                                finishedWithFailure(
                                        instanceOf(ParameterResolutionException.class),
                                        message("Lockstep gives each test its own engine, so there is none yet in"
                                                + " BeforeAllWithoutSharedEngine outside a test: ask for it in a test"
                                                + " or @BeforeEach method, or share one engine across the class with"
                                                + " @LockstepTest(engineScope = EngineScope.PER_CLASS)"))));
    }

    @Test
    void an_annotation_with_both_a_resource_and_a_file_fails_the_class_with_an_example() {
        Kit.execute(LifecycleFixtures.MockConfigTwice.class)
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(LifecycleFixtures.MockConfigTwice.class),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message("@MockConfig on class "
                                                + LifecycleFixtures.MockConfigTwice.class.getName()
                                                + " needs exactly one of value (a classpath resource) or file (a path);"
                                                + " found both. Example: @MockConfig(\"MockConfigFile.json\")"))));
    }

    @Test
    void a_missing_definition_fails_the_class_with_where_to_put_it() {
        Kit.execute(LifecycleFixtures.MissingDefinition.class)
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(LifecycleFixtures.MissingDefinition.class),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message("No file on the classpath at 'workflows/missing.asl.json'. Put it under"
                                                + " src/test/resources (or src/main/resources), or use file = \"...\""
                                                + " for a path such as cdk.out/MyStack.template.json"))));
    }

    @Test
    void a_failure_shows_the_path_the_timeline_and_how_to_replay_it() {
        EngineExecutionResults results = Kit.execute(LifecycleFixtures.FailingTest.class);
        results.testEvents().assertStatistics(stats -> stats.failed(1));
        Event failed = results.testEvents().failed().list().get(0);
        Throwable thrown = failed.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .orElseThrow()
                .getThrowable()
                .orElseThrow();
        assertThat(thrown).isInstanceOf(AssertionError.class).hasMessage("""
                        Expecting execution 'e220a839-7b1d-4daf-ae78-9e6aa1b965f4' of orders to be SUCCEEDED but it was FAILED.
                        Status: FAILED (PaymentFailed: The card could not be charged)
                        Path: Validate → ChargeCard → PaymentFailed
                        Timeline:
                          +0s       ExecutionStarted
                          +0s       PassStateEntered             Validate
                          +0s       PassStateExited              Validate
                          +0s       TaskStateEntered             ChargeCard
                          +0s       LambdaFunctionScheduled      ChargeCard
                          +0s       LambdaFunctionStarted        ChargeCard
                          +0s       LambdaFunctionFailed         ChargeCard  CardDeclined: insufficient funds
                          +0s       TaskStateExited              ChargeCard
                          +0s       FailStateEntered             PaymentFailed
                          +0s       ExecutionFailed              PaymentFailed  PaymentFailed: The card could not be charged
                        """);
        List<Throwable> notes = Arrays.asList(thrown.getSuppressed());
        assertThat(notes).hasSize(1).first().isInstanceOf(FailureNotes.class);
        assertThat(notes.get(0).getMessage())
                .matches(
                        "(?s)Lockstep: seed 0, initial time \\S+Z, time mode AUTO; replay with @LockstepTest\\(seed = 0\\)"
                                + " @InitialTime\\(\"\\S+Z\"\\)\\R"
                                + "chaos: replay with -Dlockstep.chaos.seed=99");
        results.testEvents()
                .assertThatEvents()
                .haveAtLeastOne(event(test("fails"), finishedWithFailure(instanceOf(AssertionError.class))));
    }
}
