package dev.lockstep.server.internal.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class PageTokenTest {

    @Test
    void a_token_gives_back_the_position_it_was_made_from() {
        qt().forAll(strings().betweenCodePoints(1, 0xD7FF).ofLengthBetween(0, 80))
                .checkAssert(position -> assertThat(
                                PageToken.decode(PageToken.encode("stateMachines", position), "stateMachines"))
                        .isEqualTo(position));
    }

    @Test
    void a_token_of_another_listing_or_not_ours_is_invalid_token() {
        String history = PageToken.encode("history-oldest-first", "3");

        ApiException other =
                catchThrowableOfType(ApiException.class, () -> PageToken.decode(history, "history-newest-first"));
        ApiException garbage = catchThrowableOfType(ApiException.class, () -> PageToken.decode("%%%", "executions"));
        ApiException negative = catchThrowableOfType(
                ApiException.class, () -> PageToken.decodeNumber(PageToken.encode("executions", "-4"), "executions"));

        assertThat(other.name()).isEqualTo("InvalidToken");
        assertThat(garbage.name()).isEqualTo("InvalidToken");
        assertThat(negative.name()).isEqualTo("InvalidToken");
    }
}
