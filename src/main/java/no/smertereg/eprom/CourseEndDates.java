package no.smertereg.eprom;

import java.time.LocalDate;

/** The day a course ended, that end-date dependent patient forms are planned from. */
@FunctionalInterface
public interface CourseEndDates {

    LocalDate endDate(Long courseId);
}
