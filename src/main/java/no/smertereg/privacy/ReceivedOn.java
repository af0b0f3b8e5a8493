package no.smertereg.privacy;

import java.time.LocalDate;

import no.smertereg.shared.InvalidInputException;

/**
 * The one place of the bounds of the day a reservation or patient-rights request was received: not before
 * 2015-01-01, the earliest date the registry accepts (as in the forms' date rules), and not after today. The R3
 * deadlines (reminder, escalation, due day) are counted only from a day within them, so a made-up day such as
 * 0000-01-01 cannot start a case whose every deadline has passed.
 */
final class ReceivedOn {

    static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);
    static final String FIELD = "receivedOn";

    private ReceivedOn() {
    }

    /** The day as logged on the secretariat's pages: missing, too early or ahead is a 400 on {@code receivedOn}. */
    static LocalDate require(LocalDate receivedOn, LocalDate today) {
        if (receivedOn == null) {
            throw InvalidInputException.of(FIELD, "error.privacy.receivedOnRequired");
        }
        if (receivedOn.isBefore(EARLIEST)) {
            throw InvalidInputException.of(FIELD, "error.privacy.receivedOnTooEarly", EARLIEST.toString());
        }
        if (receivedOn.isAfter(today)) {
            throw InvalidInputException.of(FIELD, "error.privacy.receivedOnFuture");
        }
        return receivedOn;
    }

    /**
     * The day a case's process carries, for its deadlines. Only {@link #require} lets a day in, so one before the
     * earliest came another way (the engine's REST API): it starts no timer.
     */
    static LocalDate forDeadlines(String receivedOn) {
        LocalDate day = LocalDate.parse(receivedOn);
        if (day.isBefore(EARLIEST)) {
            throw new IllegalArgumentException("A case received before " + EARLIEST + " has no deadlines");
        }
        return day;
    }
}
