package no.smertereg.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import no.smertereg.access.RegistryUser;
import no.smertereg.access.UnitRole;
import no.smertereg.shared.PatientDataAccess;
import no.smertereg.shared.PatientDataAccess.Kind;
import no.smertereg.shared.PatientDataAccess.Subject;
import no.smertereg.shared.RegistryClock;

/**
 * Turns every {@link PatientDataAccess} into audit rows with who, unit, roles and client address. Within one
 * request the same read of a patient's data twice (a page that shows the course in two places) is one row, but each
 * kind of read is its own: the course page's personal data (name, identity number) is a PERSONAL_DATA_READ beside
 * its COURSE_READ. A change is always its own row.
 */
@Component
class AuditRecorder {

    /** The patient portal is the only way to patient data without a registry login. */
    static final String PATIENT = "pasient";
    /** Timers and jobs of the engine. */
    static final String SYSTEM = "system";
    private static final String RECORDED = AuditRecorder.class.getName() + ".recorded";

    private final AuditWriter writer;
    private final RegistryClock clock;

    AuditRecorder(AuditWriter writer, RegistryClock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    @EventListener
    void on(PatientDataAccess event) {
        HttpServletRequest request = currentRequest();
        RegistryUser user = registryUser();
        Set<String> recorded = recordedIn(request);
        List<AuditRow> rows = event.subjects().stream()
                .filter(subject -> recorded.add(key(event, subject)))
                .map(subject -> row(event, subject, user, request)).toList();
        if (rows.isEmpty()) {
            return;
        }
        if (event.kind() == Kind.CHANGE) {
            writer.withTheChange(rows);
        } else {
            writer.withTheRead(rows);
        }
    }

    private AuditRow row(PatientDataAccess event, Subject subject, RegistryUser user, HttpServletRequest request) {
        String unit = subject.unitResh() != null ? subject.unitResh() : onlyUnit(user);
        String actor = actor(user, request);
        return new AuditRow(clock.now(), actor, unit, roles(user, unit), event.kind().name(), event.action(),
                subject.pid(), subject.courseId(), subject.form(), address(actor, request));
    }

    private static String key(PatientDataAccess event, Subject subject) {
        String who = subject.pid() + "/" + subject.courseId() + "/" + subject.form();
        return event.kind().name() + " " + event.action() + " " + who;
    }

    private static Set<String> recordedIn(HttpServletRequest request) {
        if (request == null) {
            return new HashSet<>();
        }
        @SuppressWarnings("unchecked")
        Set<String> recorded = (Set<String>) request.getAttribute(RECORDED);
        if (recorded == null) {
            recorded = new HashSet<>();
            request.setAttribute(RECORDED, recorded);
        }
        return recorded;
    }

    private static String actor(RegistryUser user, HttpServletRequest request) {
        if (user != null) {
            return user.getUsername();
        }
        return request == null ? SYSTEM : PATIENT;
    }

    /** A patient's own address is personal data the registry does not need: only users' addresses are kept. */
    private static String address(String actor, HttpServletRequest request) {
        return request == null || PATIENT.equals(actor) ? null : request.getRemoteAddr();
    }

    private static String onlyUnit(RegistryUser user) {
        if (user == null) {
            return null;
        }
        Set<String> units = user.unitRoles().stream().map(UnitRole::unitResh).collect(Collectors.toSet());
        return units.size() == 1 ? units.iterator().next() : null;
    }

    private static String roles(RegistryUser user, String unit) {
        if (user == null) {
            return null;
        }
        String atTheUnit = user.unitRoles().stream().filter(r -> unit == null || r.unitResh().equals(unit))
                .map(r -> r.role().name()).sorted().distinct().collect(Collectors.joining(","));
        if (!atTheUnit.isEmpty()) {
            return atTheUnit;
        }
        return user.unitRoles().stream().map(r -> r.role().name() + "@" + r.unitResh()).sorted().distinct()
                .collect(Collectors.joining(","));
    }

    private static RegistryUser registryUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof RegistryUser user ? user : null;
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
