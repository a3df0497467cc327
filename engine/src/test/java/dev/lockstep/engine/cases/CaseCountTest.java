package dev.lockstep.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseCountTest {

    @Test
    void the_case_files_hold_at_least_300_cases() throws Exception {
        assertThat(CaseFilesTest.countCases()).isGreaterThanOrEqualTo(300);
    }
}
