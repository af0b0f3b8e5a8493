package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.course.DemoDefinedCourses;
import no.smertereg.course.DemoDefinedCourses.RegistryDemo;

/**
 * OPR's demo is its demo file (processes/opr.demo.json), no Java of its own: six courses at OUS's clinic give a
 * booking waiting for its baseline, registered courses with the baseline answered, an RF and an SCS treatment with
 * their follow-ups planned, a patient who needs an interpreter (no follow-up, noted) and an ended treatment.
 */
class OprDemoIT extends IntegrationTest {

    private static final String OUS = "4207789";

    @Autowired
    DemoDefinedCourses demo;

    @Test
    void theDemoFileGivesBookingsRegistrationsTreatmentsAndAnExclusion() {
        RegistryDemo opr = demo.demos().stream().filter(d -> d.registry().equals("opr")).findFirst().orElseThrow();
        List<String> adults = jdbc.queryForList("select national_id from synthetic_person where not deceased and "
                + "birth_date < current_date - interval '25 years' and national_id not in (select national_id from "
                + "patient) order by national_id offset 40 limit 6", String.class);

        int made = demo.seed(new RegistryDemo("opr", List.of(OUS), 6, opr.courses()), adults);

        assertThat(made).isEqualTo(6);
        List<Long> courses = jdbc.queryForList("select c.id from course c join patient p on p.pid = c.pid where "
                + "c.registry_id = 'opr' and p.national_id in (" + String.join(",", adults.stream()
                .map(a -> "'" + a + "'").toList()) + ") order by c.id", Long.class);
        assertThat(courses).hasSize(6);
        assertThat(states(courses.get(0))).containsExactly("BASELINE PLANNED");
        assertThat(states(courses.get(1))).containsExactly("BASELINE COMPLETED");
        assertThat(states(courses.get(2))).contains("BASELINE COMPLETED", "RF-3 PLANNED", "RF-6 PLANNED",
                "RF-12 PLANNED");
        assertThat(states(courses.get(3))).containsExactly("BASELINE COMPLETED");
        assertThat(jdbc.queryForList("select note from course_pathway_note where course_id = ?", String.class,
                courses.get(3))).containsExactly("Oppfølging sendes ikke: behov for tolk (O2)");
        assertThat(states(courses.get(4))).contains("SCS-6 PLANNED", "SCS-12 PLANNED");
        assertThat(states(courses.get(5))).contains("SLUTT-12 PLANNED");
    }

    /** The patient forms the pathway has ordered, as the course's clinicians see them: "CODE STATE". */
    private List<String> states(long course) {
        List<String> states = new ArrayList<>();
        as("lu.4207789").get("/api/courses/" + course + "/patient-forms").expect(200).json().forEach(f -> {
            String state = f.path("state").asText();
            if (!state.equals("AVAILABLE") && !state.equals("NOT_POSSIBLE")) {
                states.add(f.path("form").asText() + " " + state);
            }
        });
        return states;
    }
}
