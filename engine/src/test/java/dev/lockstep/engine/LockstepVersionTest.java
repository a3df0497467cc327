package dev.lockstep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LockstepVersionTest {

    @Test
    void the_version_is_the_one_the_build_stamped() {
        String built = System.getProperty("lockstep.project.version");

        assertThat(built).as("surefire passes the reactor's version").isNotBlank();
        assertThat(LockstepVersion.current()).isEqualTo(built);
    }

    @Test
    void the_version_looks_like_a_semantic_version() {
        assertThat(LockstepVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?");
    }
}
