package no.smertereg.eprom;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.CourseDirectory;
import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.notification.Channel;
import no.smertereg.patients.PatientService;
import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.RegistryClock;
import no.smertereg.shared.RegistryDirectory;

/**
 * What the patient-form pathway does at its service tasks: send (a new one-time code, the notice through the
 * channel port, a ledger line), remind, and lock as unanswered with reason 7. Each is idempotent on its key, so an
 * engine retry or a second node never notifies twice.
 */
@Service
@Transactional
public class PatientFormDispatch {

    /** Codebook reason "Ikke besvart ePROMS". */
    public static final int REASON_NOT_ANSWERED = 7;
    /**
     * "Ikke sendt – mangler kontaktinformasjon": the codebook has no code for a form never sent; 8 is the free code
     * between 7 and 9 (docs/eprom.md, ADR 0012). Exported with an empty completion flag (the codebook's "not sent").
     */
    public static final int REASON_NOT_SENT_NO_CONTACT = 8;

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    private final PatientFormRepository forms;
    private final DispatchEventRepository ledger;
    private final PatientNotifier notifier;
    private final OneTimeCodes codes;
    private final CourseDirectory courses;
    private final PatientService patients;
    private final MessageSource messages;
    private final RegistryClock clock;
    private final String portalUrl;
    private final RegistryDirectory registries;

    PatientFormDispatch(PatientFormRepository forms, DispatchEventRepository ledger, PatientNotifier notifier,
            OneTimeCodes codes, CourseDirectory courses, PatientService patients, MessageSource messages,
            RegistryClock clock, @Value("${registry.portal-url:http://localhost:8080/pasient}") String portalUrl,
            RegistryDirectory registries) {
        this.registries = registries;
        this.forms = forms;
        this.ledger = ledger;
        this.notifier = notifier;
        this.codes = codes;
        this.courses = courses;
        this.patients = patients;
        this.messages = messages;
        this.clock = clock;
        this.portalUrl = portalUrl;
    }

    /**
     * Sends the form, or marks it NO_CONTACT when the patient has neither phone nor e-mail. {@code courseDate}: the
     * course date it is planned from, kept with it (null for a form planned from its order). {@code pathway}: the
     * patient-form process instance that waits for the answer, kept so that the answer goes straight to it.
     */
    public void send(Long courseId, PatientFormType type, String idempotencyKey, LocalDate courseDate,
            String pathway) {
        if (ledger.existsByIdempotencyKey(idempotencyKey)) {
            return;
        }
        CourseRef course = course(courseId);
        PatientContact contact = contact(course);
        if (contact.channel() == Channel.NONE) {
            PatientFormRecord form = form(courseId, type);
            form.noContact();
            ledger.save(new DispatchEvent(form.getId(), DispatchEventType.NO_CONTACT, Channel.NONE, null,
                    clock.now(), idempotencyKey + ":no-contact:" + clock.now().toEpochMilli()));
            return;
        }
        PatientFormRecord form = notice(course, type, contact, idempotencyKey, "eprom.notice.new",
                DispatchEventType.SENT);
        form.sentFor(courseDate);
        form.sentBy(pathway);
    }

    /**
     * ADR 0016, "ikke send varsel": the form is opened for the portal with a new one-time code, returned for the user
     * to hand the patient at the clinic; nothing is sent. A form already open gets a new code, and the one before
     * stops working.
     */
    public ClinicCode openAtClinic(Long courseId, PatientFormType type, String idempotencyKey,
            LocalDate courseDate, String pathway) {
        PatientFormRecord form = form(courseId, type);
        form.sentBy(pathway);
        String code = codes.newCode();
        if (form.isOpenForAnswer()) {
            form.codeReplaced(codes.hash(code));
        } else {
            form.sent(codes.hash(code), clock.now());
            form.sentFor(courseDate);
        }
        ledger.save(new DispatchEvent(form.getId(), DispatchEventType.AT_CLINIC, null, null, clock.now(),
                idempotencyKey));
        return new ClinicCode(type.code(), code, portalUrl);
    }

    /** P9 after a failed send: the contact details must now hold a phone or an e-mail address. */
    @Transactional(readOnly = true)
    public boolean reachable(Long courseId) {
        return contact(course(courseId)).channel() != Channel.NONE;
    }

    public void remind(Long courseId, PatientFormType type, String idempotencyKey) {
        if (ledger.existsByIdempotencyKey(idempotencyKey)) {
            return;
        }
        CourseRef course = course(courseId);
        notice(course, type, contact(course), idempotencyKey, "eprom.notice.reminder", DispatchEventType.REMINDED);
    }

    /**
     * Locks a sent form nobody answered with reason 7. A form that was never sent (the earlier diagrams lock the
     * no-contact wait here too) is locked as not sent instead, with reason 8.
     */
    public void lockUnanswered(Long courseId, PatientFormType type, String idempotencyKey) {
        if (ledger.existsByIdempotencyKey(idempotencyKey)) {
            return;
        }
        PatientFormRecord form = form(courseId, type);
        if (form.isWaitingForContact()) {
            lock(form, REASON_NOT_SENT_NO_CONTACT, idempotencyKey);
            return;
        }
        lock(form, REASON_NOT_ANSWERED, idempotencyKey);
    }

    /**
     * The no-contact wait ran out: the form was due six days ago, the patient had neither phone nor e-mail, and no
     * paper answer or manual dispatch came. Locked as never sent, reason 8, not as unanswered.
     */
    public void lockNotSent(Long courseId, PatientFormType type, String idempotencyKey) {
        if (ledger.existsByIdempotencyKey(idempotencyKey)) {
            return;
        }
        PatientFormRecord form = form(courseId, type);
        lock(form, form.isWaitingForContact() ? REASON_NOT_SENT_NO_CONTACT : REASON_NOT_ANSWERED, idempotencyKey);
    }

    private void lock(PatientFormRecord form, int reason, String idempotencyKey) {
        if (reason == REASON_NOT_SENT_NO_CONTACT) {
            form.lockedNotSent(reason);
        } else {
            form.lockedUnanswered(reason);
        }
        ledger.save(new DispatchEvent(form.getId(), DispatchEventType.LOCKED, null, reason, clock.now(),
                idempotencyKey));
    }

    /** The notice names the course's registry as its patients know it (descriptor {@code patientName}). */
    private PatientFormRecord notice(CourseRef course, PatientFormType type, PatientContact contact, String key,
            String text, DispatchEventType event) {
        PatientFormRecord form = form(course.id(), type);
        String code = codes.newCode();
        String registry = registries.patientNameOf(course.registryId());
        String message = messages.getMessage(text, new Object[] {portalUrl, code, registry}, BOKMAAL) + " "
                + messages.getMessage("eprom.notice.rights", new Object[] {portalUrl + "/rettigheter"}, BOKMAAL);
        Channel channel = notifier.notify(contact, messages.getMessage("eprom.notice.subject",
                new Object[] {registry}, BOKMAAL), message, key);
        if (event == DispatchEventType.SENT) {
            form.sent(codes.hash(code), clock.now());
        } else {
            form.reminded(codes.hash(code));
        }
        ledger.save(new DispatchEvent(form.getId(), event, channel, null, clock.now(), key));
        return form;
    }

    private PatientFormRecord form(Long courseId, PatientFormType type) {
        return forms.findByCourseIdAndFormType(courseId, type)
                .orElseGet(() -> forms.save(new PatientFormRecord(courseId, type)));
    }

    private CourseRef course(Long courseId) {
        return courses.find(courseId).orElseThrow(() -> new NotFoundException("error.course.notFound", courseId));
    }

    private PatientContact contact(CourseRef course) {
        Map<String, Object> contact = patients.personalData(course.pid()).contact();
        return new PatientContact((String) contact.get("Telefon"), (String) contact.get("Epost"),
                (String) contact.get("Varslingskanal"));
    }
}
