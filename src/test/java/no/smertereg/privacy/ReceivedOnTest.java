package no.smertereg.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;

/** The bounds of a reservation's or request's receipt day: from 2015-01-01 to today, refused on {@code receivedOn}. */
class ReceivedOnTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void fromTheRegistrysEarliestDateToToday() {
        assertThat(ReceivedOn.require(LocalDate.of(2015, 1, 1), TODAY)).isEqualTo("2015-01-01");
        assertThat(ReceivedOn.require(TODAY, TODAY)).isEqualTo(TODAY);
    }

    @Test
    void missingTooEarlyOrAhead_isRefusedOnTheField() {
        assertThat(problem(null)).isEqualTo(FieldProblem.of("receivedOn", "error.privacy.receivedOnRequired"));
        assertThat(problem(LocalDate.of(0, 1, 1))).isEqualTo(FieldProblem.of("receivedOn",
                "error.privacy.receivedOnTooEarly", "2015-01-01"));
        assertThat(problem(LocalDate.of(2014, 12, 31)).messageCode()).isEqualTo("error.privacy.receivedOnTooEarly");
        assertThat(problem(TODAY.plusDays(1))).isEqualTo(FieldProblem.of("receivedOn",
                "error.privacy.receivedOnFuture"));
    }

    @Test
    void theDeadlinesAreNotCountedFromADayTheRegistryCannotHaveReceivedItOn() {
        PrivacyDeadlines deadlines = new PrivacyDeadlines();
        assertThatThrownBy(() -> deadlines.at("0000-01-01", "P20D", "08:00"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> deadlines.at("2014-12-31", "P30D", "23:59"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(deadlines.at("2015-01-01", "P30D", "23:59")).isNotNull();
    }

    private static FieldProblem problem(LocalDate receivedOn) {
        try {
            ReceivedOn.require(receivedOn, TODAY);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected " + receivedOn + " to be refused");
    }
}
