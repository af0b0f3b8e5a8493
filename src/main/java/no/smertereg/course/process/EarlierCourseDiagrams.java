package no.smertereg.course.process;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the course diagrams deployed before issue 17 call, kept for their running instances until a system manager
 * moves them to the newest version (/prosessversjoner). Each is the one course bean ({@code formTaskCompleteListener}
 * is still a bean of its own).
 */
@Configuration
class EarlierCourseDiagrams {

    @Bean
    ExecutionListener courseProcessEndListener(CoursePathway course) {
        return course::processEnded;
    }
}
