package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.course.DemoDefinedCourses;
import no.smertereg.course.DemoDefinedCourses.RegistryDemo;

/**
 * NNRR's demo is its demo file (processes/nnrr.demo.json), no Java of its own: ten courses in a unit of their own
 * (Sykehuset Innlandet) give bookings waiting for their patient form, an unfinished treater form with the patient's
 * answers, and finalised courses whose report the unit reads.
 */
class NnrrDemoIT extends IntegrationTest {

    private static final String INNLANDET = "108612";

    @Autowired
    DemoDefinedCourses demo;

    @Test
    void theDemoFileGivesBookingsAnswersAndFinalisedCourses_andTheUnitsReportShowsThem() throws Exception {
        RegistryDemo nnrr = demo.demos().stream().filter(d -> d.registry().equals("nnrr")).findFirst().orElseThrow();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(nextSyntheticNationalId());
        }

        int made = demo.seed(new RegistryDemo("nnrr", List.of(INNLANDET), 10, nnrr.courses()), ids);

        assertThat(made).isEqualTo(10);
        assertThat(jdbc.queryForList("select f.state from form_instance f join course c on c.id = f.course_id "
                + "where c.unit_resh = ? and c.registry_id = 'nnrr' and c.status <> 'DELETED' order by c.id",
                String.class, INNLANDET)).containsExactly("IN_PROGRESS", "FINALISED", "FINALISED", "IN_PROGRESS",
                "FINALISED", "IN_PROGRESS", "FINALISED", "FINALISED", "IN_PROGRESS", "FINALISED");
        assertThat(jdbc.queryForObject("select count(*) from patient_form p join course c on c.id = p.course_id "
                + "where c.unit_resh = ? and p.form_type = 'PASIENT-FOR' and p.state = 'COMPLETED'", Integer.class,
                INNLANDET)).isEqualTo(8);

        SessionClient lu = new SessionClient(port, jdbc);
        lu.loginAs("lu.108612", "demo");
        String report = lu.get("/rapporter", PermissionMatrixIT.BROWSER_ACCEPT).body();
        assertThat(report).containsPattern("id=\"unit-nnrr_tverrfaglig_behandling\"[^>]*>\\s*4 av 6 \\(67 %\\)")
                .containsPattern("id=\"unit-nnrr_tid_henvisning_besok_50\"[^>]*>\\s*4 av 6 \\(67 %\\)");
    }
}
