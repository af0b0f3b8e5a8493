package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Issue 16, class 7: a registration refused for its identity number shows the form again with what was typed. */
class RegistrationPageIT extends IntegrationTest {

    @Test
    void aBadIdentityNumberOnRegistrationKeepsWhatWasTyped_andNamesTheField() throws Exception {
        SessionClient browser = new SessionClient(port, jdbc);
        browser.loginAs("lu.haukeland", "demo");
        long department = department(HAUKELAND, 1);

        HttpResponse<String> refused = browser.post("/registrering", Map.of("nationalId", "12345678901",
                "departmentId", String.valueOf(department)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("value=\"12345678901\"", "id=\"nationalId-error\"")
                .doesNotContain("Exception");
        assertThat(jdbc.queryForObject("select count(*) from course c join patient p on p.pid = c.pid where "
                + "p.national_id = '12345678901'", Long.class)).isZero();
    }
}
