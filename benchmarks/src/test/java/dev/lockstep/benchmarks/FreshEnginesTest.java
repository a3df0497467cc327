package dev.lockstep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.StateMachine;
import org.junit.jupiter.api.Test;

class FreshEnginesTest {

    @Test
    void the_same_machine_serves_until_the_engine_has_run_its_share_of_executions() {
        try (FreshEngines engines = new FreshEngines("Bare", Workloads.definition(Workloads.BARE_PASS_CHAIN), 3)) {
            StateMachine first = engines.next();
            first.run("{}");
            engines.next().run("{}");
            engines.next().run("{}");

            StateMachine fourth = engines.next();

            assertThat(first.executions()).hasSize(3);
            assertThat(fourth).isNotSameAs(first);
            assertThat(fourth.executions()).isEmpty();
            assertThat(fourth.name()).isEqualTo("Bare");
        }
    }
}
