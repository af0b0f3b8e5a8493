package no.smertereg.eprom;

import java.time.LocalDate;

/** A course's named date (a date role of its registry's descriptor, ADR 0016) that patient forms are planned from. */
@FunctionalInterface
public interface CourseDates {

    /** The date as the course's form holds it now, or today while none is given. */
    LocalDate date(Long courseId, String role);

    /** The date as the course's form holds it, draft or finalised; empty while none is given. */
    default java.util.Optional<LocalDate> given(Long courseId, String role) {
        return java.util.Optional.empty();
    }
}
