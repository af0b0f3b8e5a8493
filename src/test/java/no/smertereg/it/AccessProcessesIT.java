package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.access.AccessProcesses;

/**
 * Issue 4, applications and review (A1-A3, A5-A7) over HTTP on PostgreSQL: an anonymous application reaches only
 * its approvers, approval creates the user (registry and Camunda) and puts the temporary password in the SMS outbox,
 * a rejection mails the reason, reminders and escalations go out on the engine's clock, a review removes access.
 */
class AccessProcessesIT extends IntegrationTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    /** By process definition too: a course with the same number as the application shares its business key. */
    private static final String APPLICATION_TASKS = "/engine-rest/task?processDefinitionKey="
            + AccessProcesses.APPLICATION + "&processInstanceBusinessKey=";

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anApplicationReachesOnlyItsUnitsUserAdministrator_andApprovalCreatesTheUserWithAnSmsPassword() {
        Map<String, Object> form = application(HAUKELAND, "SMERTEREG", false);
        long id = anonymous().post("/api/access/applications", form).expect(201).json().path("id").asLong();
        String username = (String) form.get("username");

        assertThat(inbox("lc.haukeland")).contains(id);
        assertThat(inbox("lc.ahus")).doesNotContain(id);
        assertThat(inbox("admin")).doesNotContain(id);
        assertThat(inbox("lu.haukeland")).doesNotContain(id);
        as("lu.haukeland").post(decision(id), Map.of("approve", true)).expect(403);
        as("lc.ahus").post(decision(id), Map.of("approve", true)).expect(404);
        assertThat(as("lc.haukeland").get(APPLICATION_TASKS + id).expect(200).json())
                .hasSize(1);
        assertThat(as("lc.ahus").get(APPLICATION_TASKS + id).expect(200).json())
                .isEmpty();

        as("lc.haukeland").post(decision(id), Map.of("approve", true)).expect(200);

        assertThat(jdbc.queryForList("select r.unit_resh || ':' || r.role from user_role r join app_user u "
                + "on u.id = r.user_id where u.username = ?", String.class, username))
                .containsExactly(HAUKELAND + ":LU");
        assertThat(jdbc.queryForObject("select must_change_password from app_user where username = ?",
                Boolean.class, username)).isTrue();
        Map<String, Object> sms = outbox("access-application-" + id + "-password");
        assertThat(sms).containsEntry("channel", "SMS").containsEntry("recipient",
                ((String) form.get("mobile")).replace(" ", ""));
        assertThat((String) sms.get("body")).contains(username).containsPattern("Startpassord: \\S{16} ");
        assertThat(identity.createUserQuery().userId(username).count()).isOne();
        assertThat(identity.createGroupQuery().groupMember(username).list()).extracting("id").containsExactly("LU");
        assertThat(identity.createTenantQuery().userMember(username).list()).extracting("id")
                .containsExactly(HAUKELAND);
        as("lc.haukeland").post(decision(id), Map.of("approve", true)).expect(409);
        assertThat(jdbc.queryForList("select name_ from act_hi_varinst where proc_inst_id_ in (select "
                + "proc_inst_id_ from act_hi_procinst where business_key_ = ? and proc_def_key_ = ?)", String.class,
                String.valueOf(id), AccessProcesses.APPLICATION))
                .containsOnly("registryId", "unitResh", "approverGroup", "approved");
    }

    @Test
    void everyFieldIsCheckedAndTheUsernameMustBeFree() {
        JsonNode problem = anonymous().post("/api/access/applications", Map.of("username", "X", "itPersonnel", false))
                .expect(400).json();
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("username",
                "fullName", "mobile", "email", "position", "region", "unitResh", "clinic", "department", "project", "registry");
        Map<String, Object> wrong = application(HAUKELAND, "SMERTEREG", false);
        wrong.put("region", "HELSE_NORD");
        wrong.put("position", "ASTRONAUT");
        assertThat(anonymous().post("/api/access/applications", wrong).expect(400).json().path("errors")
                .findValuesAsText("field")).containsExactlyInAnyOrder("region", "position");

        Map<String, Object> taken = application(HAUKELAND, "SMERTEREG", false);
        taken.put("username", "lu.haukeland");
        anonymous().post("/api/access/applications", taken).expect(409);
        Map<String, Object> pending = application(AHUS, "SMERTEREG", false);
        anonymous().post("/api/access/applications", pending).expect(201);
        anonymous().post("/api/access/applications", pending).expect(409);

        anonymous().get("/api/access/applications").expect(401);
        assertThat(anonymous().post("/api/access/applications/1/decision", Map.of("approve", true)).status())
                .isIn(401, 403);
    }

    @Test
    void aRejectionNeedsAReason_whichTheApplicantGetsByEmail() {
        Map<String, Object> form = application(AHUS, "SMERTEREG", false);
        long id = anonymous().post("/api/access/applications", form).expect(201).json().path("id").asLong();

        JsonNode problem = as("lc.ahus").post(decision(id), Map.of("approve", false)).expect(400).json();
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("reason");
        as("lc.ahus").post(decision(id), Map.of("approve", false, "reason", "Ukjent i avdelingen")).expect(200);

        Map<String, Object> mail = outbox("access-application-" + id + "-rejected");
        assertThat(mail).containsEntry("channel", "EMAIL").containsEntry("recipient", form.get("email"));
        assertThat((String) mail.get("body")).contains("Ukjent i avdelingen");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class,
                form.get("username"))).isZero();
        assertThat(inbox("lc.ahus")).doesNotContain(id);
    }

    @Test
    void aDecisionInTasklist_isStoredInTheRegistry_andTheReasonLeavesTheEngine() {
        Map<String, Object> form = application(AHUS, "SMERTEREG", false);
        long id = anonymous().post("/api/access/applications", form).expect(201).json().path("id").asLong();
        String taskId = as("lc.ahus").get(APPLICATION_TASKS + id).expect(200).json()
                .get(0).path("id").asText();
        String complete = "/engine-rest/task/" + taskId + "/complete";

        as("lc.ahus").post(complete, Map.of("variables", Map.of("approved", Map.of("value", false, "type",
                "Boolean")))).expect(400);
        as("lc.ahus").post(complete, Map.of("variables", Map.of("approved", Map.of("value", false, "type",
                "Boolean"), "reason", Map.of("value", "Ikke ansatt her", "type", "String")))).expect(204);

        assertThat(jdbc.queryForMap("select status, decided_by, rejection_reason from access_application where id = ?",
                id)).containsEntry("status", "REJECTED").containsEntry("decided_by", "lc.ahus")
                .containsEntry("rejection_reason", "Ikke ansatt her");
        assertThat((String) outbox("access-application-" + id + "-rejected").get("body")).contains("Ikke ansatt her");
        assertThat(jdbc.queryForList("select name_ from act_hi_varinst where proc_inst_id_ in (select "
                + "proc_inst_id_ from act_hi_procinst where business_key_ = ? and proc_def_key_ = ?)", String.class,
                String.valueOf(id), AccessProcesses.APPLICATION))
                .containsOnly("registryId", "unitResh", "approverGroup", "approved");
    }

    @Test
    void itPersonnelGoToTheSystemManager_andTheReportPortalToTheNationalCoordinator() {
        long it = anonymous().post("/api/access/applications", application(HAUKELAND, "SMERTEREG", true))
                .expect(201).json().path("id").asLong();
        Map<String, Object> portalForm = application(HAUKELAND, "REPORT_PORTAL", false);
        long portal = anonymous().post("/api/access/applications", portalForm).expect(201).json().path("id")
                .asLong();

        assertThat(inbox("admin")).contains(it).doesNotContain(portal);
        assertThat(inbox("sc")).contains(portal).doesNotContain(it);
        assertThat(inbox("lc.haukeland")).doesNotContain(it, portal);
        as("lc.haukeland").post(decision(it), Map.of("approve", true)).expect(403);
        assertThat(as("sc").get(APPLICATION_TASKS + portal).expect(200).json())
                .hasSize(1);

        as("sc").post(decision(portal), Map.of("approve", true)).expect(200);
        assertThat(jdbc.queryForList("select r.role from user_role r join app_user u on u.id = r.user_id "
                + "where u.username = ?", String.class, portalForm.get("username"))).containsExactly("REPORT_READER");
    }

    @Test
    void fiveWorkingDaysWithoutADecision_remindTheUnitsUserAdministratorsByEmail() {
        ClockUtil.setCurrentTime(oslo("2026-11-23T10:00"));
        long id = anonymous().post("/api/access/applications", application(AHUS, "SMERTEREG", false)).expect(201)
                .json().path("id").asLong();
        String instance = instance("user-access-application", String.valueOf(id)).getId();

        runDueJobs(instance, "2026-11-30T10:00");

        Map<String, Object> mail = outbox("access-application-" + id + "-reminder-lc.ahus@demo.smertereg.invalid");
        assertThat((String) mail.get("body")).contains(String.valueOf(id)).contains("/camunda/app/tasklist/");
        assertThat(inbox("lc.ahus")).contains(id);
    }

    @Test
    void aQuarterlyReviewRemovesAccess_andTheRegistryLeaderHearsOfALateOne() {
        Map<String, Object> form = application(HAUKELAND, "SMERTEREG", false);
        long id = anonymous().post("/api/access/applications", form).expect(201).json().path("id").asLong();
        as("lc.haukeland").post(decision(id), Map.of("approve", true)).expect(200);
        String leaver = (String) form.get("username");
        ProcessInstance reviews = instance("access-review", HAUKELAND);
        Date reviewDue = timer(reviews).getDuedate();
        runDueJobs(reviews.getId(), at(reviewDue, 0));

        JsonNode review = as("lc.haukeland").get("/api/access/reviews").expect(200).json().get(0);
        assertThat(review.path("unitResh").asText()).isEqualTo(HAUKELAND);
        List<String> users = review.path("users").findValuesAsText("username");
        assertThat(users).contains("lu.haukeland", "lc.haukeland", leaver);
        assertThat(as("lc.ahus").get("/api/access/reviews").expect(200).json().findValuesAsText("unitResh"))
                .doesNotContain(HAUKELAND);
        assertThat(as("sc").get("/api/access/reviews").expect(200).json().findValuesAsText("unitResh")).isEmpty();

        runDueJobs(reviews.getId(), at(reviewDue, 14));
        assertThat(as("sc").get("/api/access/reviews").expect(200).json().findValuesAsText("unitResh"))
                .contains(HAUKELAND);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where idempotency_key like "
                + "'access-review-overdue-%-sc@demo.smertereg.invalid'", Integer.class)).isPositive();

        String taskId = review.path("taskId").asText();
        List<String> confirm = new ArrayList<>(users);
        confirm.remove(leaver);
        assertThat(as("lc.haukeland").post("/api/access/reviews/" + taskId, Map.of("confirm", confirm.subList(1,
                confirm.size()), "remove", List.of(leaver))).expect(400).json().path("errors")
                .findValuesAsText("field")).containsExactly("confirm");
        as("lc.ahus").post("/api/access/reviews/" + taskId, Map.of("confirm", confirm, "remove", List.of(leaver)))
                .expect(404);
        as("lu.haukeland").post("/api/access/reviews/" + taskId, Map.of("confirm", confirm, "remove",
                List.of(leaver))).expect(403);
        as("lc.haukeland").get("/engine-rest/task/" + taskId).expect(200);
        assertThat(as("lc.haukeland").post("/engine-rest/task/" + taskId + "/complete", Map.of()).status())
                .isEqualTo(400);

        as("lc.haukeland").post("/api/access/reviews/" + taskId, Map.of("confirm", confirm, "remove",
                List.of(leaver))).expect(200);

        assertThat(jdbc.queryForMap("select enabled, removed_at from app_user where username = ?", leaver))
                .containsEntry("enabled", false).extractingByKey("removed_at").isNotNull();
        assertThat(identity.createGroupQuery().groupMember(leaver).count()).isZero();
        assertThat(identity.createTenantQuery().userMember(leaver).count()).isZero();
        assertThat(as("lc.haukeland").get("/api/access/reviews").expect(200).json().findValuesAsText("unitResh"))
                .doesNotContain(HAUKELAND);
        assertThat(timer(reviews)).isNotNull();

        as("lc.ahus").delete("/api/access/users/" + leaver + "/email").expect(404);
        as("lc.haukeland").delete("/api/access/users/" + leaver + "/email").expect(204);
        assertThat(jdbc.queryForObject("select email from app_user where username = ?", String.class, leaver))
                .isNull();
    }

    @Test
    void aUserAdministratorRemovesAUserOfTheUnit() {
        Map<String, Object> form = application(AHUS, "SMERTEREG", false);
        long id = anonymous().post("/api/access/applications", form).expect(201).json().path("id").asLong();
        as("lc.ahus").post(decision(id), Map.of("approve", true)).expect(200);
        String username = (String) form.get("username");

        as("lc.haukeland").post("/api/access/users/" + username + "/removal", Map.of()).expect(404);
        as("lu.ahus").post("/api/access/users/" + username + "/removal", Map.of()).expect(403);
        as("lc.ahus").delete("/api/access/users/" + username + "/email").expect(404);
        as("lc.ahus").post("/api/access/users/" + username + "/removal", Map.of()).expect(204);

        assertThat(jdbc.queryForObject("select removed_at is not null from app_user where username = ?",
                Boolean.class, username)).isTrue();
        assertThat(identity.createGroupQuery().groupMember(username).count()).isZero();
    }

    private static Map<String, Object> application(String unitResh, String project, boolean itPersonnel) {
        String suffix = String.format("%06d", (System.nanoTime() / 1000 + NEXT.incrementAndGet()) % 1_000_000);
        Map<String, Object> form = new HashMap<>();
        form.put("username", "ny.bruker" + suffix);
        form.put("fullName", "Ny Bruker");
        form.put("mobile", "+47 91 " + suffix);
        form.put("email", "ny.bruker" + suffix + "@helse.invalid");
        form.put("position", itPersonnel ? "IT" : "SYKEPLEIER");
        form.put("region", HAUKELAND.equals(unitResh) ? "HELSE_VEST" : "HELSE_SOR_OST");
        form.put("unitResh", unitResh);
        form.put("clinic", "Kirurgisk klinikk");
        form.put("department", "Kirurgisk avdeling");
        form.put("project", project);
        form.put("itPersonnel", itPersonnel);
        form.put("registry", "smertereg");
        return form;
    }

    private List<Long> inbox(String username) {
        List<Long> ids = new ArrayList<>();
        as(username).get("/api/access/applications").expect(200).json().forEach(a -> ids.add(a.path("id")
                .asLong()));
        return ids;
    }

    private static String decision(long id) {
        return "/api/access/applications/" + id + "/decision";
    }

    private Map<String, Object> outbox(String key) {
        return jdbc.queryForMap("select channel, recipient, subject, body from notification_outbox "
                + "where idempotency_key = ?", key);
    }

    private ProcessInstance instance(String key, String businessKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(key).processInstanceBusinessKey(businessKey)
                .singleResult();
    }

    private Job timer(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    /** The local time {@code days} days after a due date, as runDueJobs takes it. */
    private static String at(Date due, int days) {
        return java.time.LocalDateTime.ofInstant(due.toInstant(), java.time.ZoneId.of("Europe/Oslo")).plusDays(days)
                .plusMinutes(1).toString();
    }
}
