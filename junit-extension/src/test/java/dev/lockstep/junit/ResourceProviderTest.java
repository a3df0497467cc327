package dev.lockstep.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResourceProviderTest {

    @Nested
    @LockstepTest(region = "eu-west-1")
    class ProvidedResources {
        GreeterProvider.Greeter field;

        @Test
        void providers_supply_parameters_fields_and_lookups_once_per_engine(
                GreeterProvider.Greeter parameter, Lockstep lockstep) {
            assertThat(parameter.region()).isEqualTo("eu-west-1");
            assertThat(field).isSameAs(parameter).isSameAs(lockstep.resource(GreeterProvider.Greeter.class));
        }

        @Test
        void an_unknown_type_lists_the_providers(Lockstep lockstep) {
            assertThatThrownBy(() -> lockstep.resource(StringBuilder.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("No Lockstep resource provider makes java.lang.StringBuilder; providers found:"
                            + " [dev.lockstep.junit.GreeterProvider,"
                            + " dev.lockstep.junit.internal.server.GraphQlProvider,"
                            + " dev.lockstep.junit.internal.server.InProcessServerProvider]");
        }
    }

    @Test
    void resources_are_closed_with_their_engine() {
        int before = GreeterProvider.CLOSED.get();
        Kit.execute(ProvidedResourcesFixture.class).testEvents().assertStatistics(s -> s.succeeded(1));
        assertThat(GreeterProvider.CLOSED.get()).isEqualTo(before + 1);
    }

    @Test
    void a_shared_value_serves_every_engine_of_the_run_and_is_closed_when_the_run_ends() {
        SharedValueFixture.SEEN.clear();
        int before = GreeterProvider.PHRASEBOOKS_CLOSED.get();

        Kit.execute(SharedValueFixture.class).testEvents().assertStatistics(s -> s.succeeded(2));

        assertThat(SharedValueFixture.SEEN).hasSize(2);
        assertThat(SharedValueFixture.SEEN.get(0)).isNotSameAs(SharedValueFixture.SEEN.get(1));
        assertThat(SharedValueFixture.SEEN.get(0).phrasebook())
                .isSameAs(SharedValueFixture.SEEN.get(1).phrasebook());
        assertThat(GreeterProvider.PHRASEBOOKS_CLOSED.get()).isEqualTo(before + 1);
    }

    @LockstepTest
    static class SharedValueFixture {
        static final List<GreeterProvider.Greeter> SEEN = new CopyOnWriteArrayList<>();

        @Test
        void first(GreeterProvider.Greeter greeter) {
            SEEN.add(greeter);
        }

        @Test
        void second(GreeterProvider.Greeter greeter) {
            SEEN.add(greeter);
        }
    }

    @LockstepTest
    static class ProvidedResourcesFixture {
        @Test
        void uses_one(GreeterProvider.Greeter greeter) {
            assertThat(greeter.region()).isEqualTo("us-east-1");
        }
    }
}
