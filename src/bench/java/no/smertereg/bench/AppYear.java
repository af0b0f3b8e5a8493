package no.smertereg.bench;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import no.smertereg.access.BenchOrganisation;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.access.UnitRole;
import no.smertereg.course.BenchClinician;
import no.smertereg.eprom.PatientFormClosures;
import no.smertereg.eprom.PatientPortal;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.forms.Registries;

/**
 * (a) The application: a clinician of the course's unit (LU) registers through the course services, saves PO,
 * finalises TO and the clinician forms; for a type-3 course without consent the patient forms are closed with
 * reason 5 (the page's "close with reason"); the patient answers through the patient portal's submit with the
 * form the notice's code opens. Jobs are the application's own (16:30 send, reminder, lock).
 */
final class AppYear implements YearModel {

    private final BenchClinician clinician;
    private final BenchOrganisation organisation;
    private final PatientPortal portal;
    private final PatientFormClosures closures;
    private final JdbcTemplate jdbc;
    private final BenchApp app;
    private final List<String> persons;
    private final List<String> units;
    private final Map<Integer, Long> courseIds = new ConcurrentHashMap<>();
    private final Map<Long, Integer> courseNumbers = new ConcurrentHashMap<>();
    private final Map<String, Long> departments = new ConcurrentHashMap<>();
    private volatile long firstCourseId = Long.MAX_VALUE;
    long mails;

    AppYear(BenchApp app, List<String> persons, List<String> units) {
        this.app = app;
        this.clinician = new BenchClinician(app.context);
        this.organisation = new BenchOrganisation(app.context);
        this.portal = app.bean(PatientPortal.class);
        this.closures = app.bean(PatientFormClosures.class);
        this.jdbc = app.bean(JdbcTemplate.class);
        this.persons = persons;
        this.units = units;
    }

    @Override
    public String name() {
        return "application";
    }

    @Override
    public List<String> processKeys() {
        return List.of(PatientFormProcess.KEY, app.bean(Registries.class).of(BenchClinician.REGISTRY).courseProcess());
    }

    @Override
    public void register(int course, LocalDate day) {
        String unit = units.get(course % units.size());
        int person = CourseMix.person(course, persons.size());
        asClinician(unit, () -> {
            long id = clinician.register(persons.get(person), departments.computeIfAbsent(unit,
                    organisation::department), contact(person));
            synchronized (this) {
                firstCourseId = Math.min(firstCourseId, id);
            }
            courseIds.put(course, id);
            courseNumbers.put(id, course);
            clinician.firstVisit(id, course, day);
            BenchClinician.Kind kind = CourseMix.kind(course);
            if (kind.type() == 3 && !kind.consent()) {
                closures.closeAll(id, 5);
            }
        });
    }

    @Override
    public void endOfTreatment(int course, LocalDate registered) {
        if (CourseMix.kind(course).seen()) {
            asClinician(units.get(course % units.size()),
                    () -> clinician.endOfTreatment(courseIds.get(course), course, registered));
        }
    }

    @Override
    public List<SentForm> sentOn(LocalDate day) {
        return jdbc.query("select id, course_id, form_type from patient_form where state = 'SENT' and sent_at >= ? "
                + "and sent_at < ? and course_id >= ?", (r, n) -> new SentForm(courseNumbers.getOrDefault(
                        r.getLong(2), -1), r.getString(3), r.getLong(1)),
                new Timestamp(BenchTime.at(day, 0, 0).getTime()),
                new Timestamp(BenchTime.at(day.plusDays(1), 0, 0).getTime()), firstCourseId).stream()
                .filter(f -> f.course() >= 0).toList();
    }

    @Override
    public void answer(SentForm form) {
        portal.submit((Long) form.handle(), PatientAnswers.of(form.type(), form.course()));
    }

    @Override
    public long unfinished() {
        Long open = jdbc.queryForObject("select count(*) from course where id >= ? and status = 'ACTIVE'",
                Long.class, firstCourseId);
        return open == null ? 0 : open;
    }

    @Override
    public void endOfDay(LocalDate day) {
        int received = app.mailsReceived();
        if (received > 0) {
            mails += received;
            app.purgeMail();
        }
    }

    static Map<String, Object> contact(int person) {
        if (CourseMix.byEmail(person)) {
            return Map.of("Epost", "bench.p" + person + "@example.invalid", "Varslingskanal", "EPOST");
        }
        if (CourseMix.bySms(person)) {
            return Map.of("Telefon", String.format("+47 400 %05d", person), "Varslingskanal", "SMS");
        }
        return Map.of();
    }

    static void asClinician(String unit, Runnable action) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                RegistryUser.of("bench.lu." + unit, Set.of(new UnitRole("smertereg", unit, Role.LU))), null,
                List.of()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
