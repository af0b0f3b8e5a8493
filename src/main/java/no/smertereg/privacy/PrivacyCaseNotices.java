package no.smertereg.privacy;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.UserAccounts;
import no.smertereg.notification.Channel;
import no.smertereg.notification.Outbox;
import no.smertereg.shared.NotFoundException;

/**
 * R3 deadlines of a reservation or request: day 20 the secretariat is reminded, day 28 the registry leadership
 * (SC) is told, day 30 the passed deadline is recorded and SC told again. Mails name the case and the PID only,
 * once per case and step (outbox idempotency key).
 */
@Service
@Transactional
class PrivacyCaseNotices {

    private static final Logger log = LoggerFactory.getLogger(PrivacyCaseNotices.class);
    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ReservationRepository reservations;
    private final PatientRequestRepository requests;
    private final Outbox outbox;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final String secretariat;
    private final String baseUrl;
    private final CaseDueDates dueDates;

    PrivacyCaseNotices(ReservationRepository reservations, PatientRequestRepository requests, Outbox outbox,
            UserAccounts accounts, MessageSource messages,
            @Value("${registry.secretariat.email:sekretariat@smertereg.invalid}") String secretariat,
            @Value("${registry.base-url:http://localhost:8080}") String baseUrl,
            CaseDueDates dueDates) {
        this.dueDates = dueDates;
        this.reservations = reservations;
        this.requests = requests;
        this.outbox = outbox;
        this.accounts = accounts;
        this.messages = messages;
        this.secretariat = secretariat;
        this.baseUrl = baseUrl;
    }

    static String processKey(DelegateExecution execution) {
        String definition = execution.getProcessDefinitionId();
        return definition.startsWith(PrivacyProcesses.PATIENT_REQUEST + ":") ? PrivacyProcesses.PATIENT_REQUEST
                : PrivacyProcesses.RESERVATION;
    }

    void remind(String processKey, Long caseId) {
        Case c = find(processKey, caseId);
        outbox.send(Channel.EMAIL, secretariat, text("privacy.mail.reminder.subject", c.label(), c.due()),
                text("privacy.mail.reminder.body", c.label(), c.pid(), c.received(), c.due(), c.link()),
                "privacy-reminder:" + processKey + ":" + caseId);
    }

    void escalate(String processKey, Long caseId) {
        Case c = find(processKey, caseId);
        toRegistryLeaders("privacy.mail.escalation", c, "privacy-escalation:" + processKey + ":" + caseId);
    }

    void deadlinePassed(String processKey, Long caseId) {
        if (PrivacyProcesses.PATIENT_REQUEST.equals(processKey)) {
            requests.findById(caseId).ifPresent(PatientRequest::deadlinePassed);
        } else {
            reservations.findById(caseId).ifPresent(Reservation::deadlinePassed);
        }
        Case c = find(processKey, caseId);
        toRegistryLeaders("privacy.mail.deadline", c, "privacy-deadline:" + processKey + ":" + caseId);
        log.warn("{} {} passed its 30-day deadline", processKey, caseId);
    }

    private void toRegistryLeaders(String code, Case c, String key) {
        for (String recipient : accounts.registryLeadersWithSecretariat()) {
            outbox.send(Channel.EMAIL, recipient, text(code + ".subject", c.label(), c.due()),
                    text(code + ".body", c.label(), c.pid(), c.received(), c.due(), c.link()), key + ":" + recipient);
        }
    }

    private record Case(String label, Long pid, String received, String due, String link) {
    }

    private Case find(String processKey, Long caseId) {
        if (PrivacyProcesses.PATIENT_REQUEST.equals(processKey)) {
            PatientRequest r = requests.findById(caseId)
                    .orElseThrow(() -> new NotFoundException("error.privacy.requestNotFound", caseId));
            return new Case(text("privacy.case.request", caseId, text("privacy.kind." + r.getKind())), r.getPid(),
                    DATE.format(r.getReceivedOn()), DATE.format(dueDates.dueOn(r.getProcessInstanceId())),
                    baseUrl + "/pasientrettigheter");
        }
        Reservation r = reservations.findById(caseId)
                .orElseThrow(() -> new NotFoundException("error.privacy.reservationNotFound", caseId));
        return new Case(text("privacy.case.reservation", caseId), r.getPid(), DATE.format(r.getReceivedOn()),
                DATE.format(dueDates.dueOn(r.getProcessInstanceId())), baseUrl + "/reservasjoner");
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, MessageArgs.plain(args), BOKMAAL);
    }
}
