package no.smertereg.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.notification.Channel;
import no.smertereg.notification.Outbox;
import no.smertereg.patients.Patient;
import no.smertereg.patients.PatientService;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.PatientDataAccess;
import no.smertereg.shared.RegistryClock;

/**
 * R2, R3: the secretariat logs a received reservation (or a clinician reports an oral one), which starts the
 * 30-day process; registering it marks the patient reserved ({@code patients.PatientReserved}: courses go local,
 * pending patient forms are withdrawn) and ends the process.
 */
@Service
@Transactional
public class Reservations {

    /** A reservation as the secretariat's page lists it: PID only, no name or identity number. */
    public record ReservationRow(Long id, Long pid, ReservationChannel channel, LocalDate receivedOn,
            LocalDate dueOn, String loggedBy, boolean deadlinePassed, String state, java.time.Instant registeredAt,
            String registeredBy) {
    }

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ReservationRepository reservations;
    private final PatientService patients;
    private final PrivacyEngine engine;
    private final PrivacyAccess access;
    private final Outbox outbox;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final RegistryClock clock;
    private final CaseDueDates dueDates;
    private final String secretariat;

    Reservations(ReservationRepository reservations, PatientService patients, PrivacyEngine engine,
            PrivacyAccess access, Outbox outbox, MessageSource messages, ApplicationEventPublisher events,
            RegistryClock clock, @Value("${registry.secretariat.email:sekretariat@smertereg.invalid}") String secretariat,
            CaseDueDates dueDates) {
        this.dueDates = dueDates;
        this.reservations = reservations;
        this.patients = patients;
        this.engine = engine;
        this.access = access;
        this.outbox = outbox;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.secretariat = secretariat;
    }

    /** The secretariat logs a reservation received by PID or identity number, channel and date. */
    public ReservationRow receive(String pidOrNationalId, ReservationChannel channel, LocalDate receivedOn) {
        RegistryUser user = access.requireSecretariat();
        PrivacyInput.requireReceipt(channel, "channel", receivedOn, clock.today());
        Patient patient = PrivacyInput.patient(patients, pidOrNationalId);
        Reservation reservation = start(patient.getPid(), channel, receivedOn, user.getUsername());
        events.publishEvent(PatientDataAccess.change("RESERVATION_RECEIVE", patient.getPid(), null, null, null));
        return row(reservation);
    }

    /**
     * R2: a clinician reports on the course page that the patient reserved orally. The secretariat gets an e-mail
     * naming the PID only (never name or identity number), and the reservation process starts, received today.
     * The caller (the course module) has checked that the user may work on the course.
     */
    public ReservationRow reportOral(Long pid, Long courseId, String unitResh) {
        RegistryUser user = CurrentUser.get();
        Reservation reservation = start(pid, ReservationChannel.ORAL, clock.today(), user.getUsername());
        outbox.send(Channel.EMAIL, secretariat, text("privacy.mail.oral.subject", pid),
                text("privacy.mail.oral.body", pid, unitResh, reservation.getId()),
                "reservation-oral:" + reservation.getId());
        events.publishEvent(PatientDataAccess.change("RESERVATION_ORAL_REPORT", pid, courseId, unitResh, null));
        return row(reservation);
    }

    /** R3: the reservation is registered: the patient is reserved from the day it was received. */
    public void register(Long id) {
        RegistryUser user = access.requireSecretariat();
        Reservation reservation = reservations.findById(id)
                .orElseThrow(() -> new NotFoundException("error.privacy.reservationNotFound", id));
        if (reservation.getState() != Reservation.State.RECEIVED) {
            throw new ConflictException("error.privacy.reservationRegistered", id);
        }
        reservation.registered(user.getUsername(), clock.now());
        patients.reserve(reservation.getPid(), reservation.getReceivedOn());
        engine.complete(reservation.getProcessInstanceId());
        events.publishEvent(PatientDataAccess.change("RESERVATION_REGISTER", reservation.getPid(), null, null, null));
    }

    @Transactional(readOnly = true)
    public List<ReservationRow> open() {
        access.requireSecretariat();
        List<ReservationRow> rows = reservations.findByStateOrderByReceivedOnAscIdAsc(Reservation.State.RECEIVED)
                .stream()
                .map(this::row).toList();
        listed("RESERVATION_LIST", rows.stream().map(ReservationRow::pid).toList());
        return rows;
    }

    @Transactional(readOnly = true)
    public List<ReservationRow> recentlyRegistered() {
        access.requireSecretariat();
        List<ReservationRow> rows = reservations.findTop20ByStateOrderByRegisteredAtDesc(Reservation.State.REGISTERED)
                .stream()
                .map(this::row).toList();
        listed("RESERVATION_LIST", rows.stream().map(ReservationRow::pid).toList());
        return rows;
    }

    /** The secretariat saw these patients' PIDs with their cases: one read per patient. */
    private void listed(String action, List<Long> pids) {
        if (!pids.isEmpty()) {
            events.publishEvent(PatientDataAccess.readOf(action, pids.stream().distinct()
                    .map(pid -> new PatientDataAccess.Subject(pid, null, null, null)).toList()));
        }
    }

    /** For the patient's access export: every reservation of the patient. No access check. */
    @Transactional(readOnly = true)
    List<ReservationRow> ofPatient(Long pid) {
        return reservations.findByPidOrderByReceivedOnAsc(pid).stream().map(this::row).toList();
    }

    /**
     * For the course page: the patient's open reservation case (received, not yet registered), if any. No access
     * check and no audit: the caller shows it on a course the user may see.
     */
    @Transactional(readOnly = true)
    public Optional<OpenCase> openCase(Long pid) {
        return reservations.findByOpenPid(pid).map(r -> new OpenCase(r.getId(), r.getReceivedOn()));
    }

    /** A patient's open reservation case: its number and the day it was received. */
    public record OpenCase(Long id, LocalDate receivedOn) {
    }

    /**
     * Opens the patient's reservation case, or refuses (409, nothing saved, no process, no mail) when the patient
     * already has an open one. The unique {@code open_pid} decides between requests that check at the same time.
     */
    private Reservation start(Long pid, ReservationChannel channel, LocalDate receivedOn, String by) {
        reservations.findByOpenPid(pid).ifPresent(open -> {
            throw new ConflictException("error.privacy.reservationOpen", String.valueOf(open.getId()),
                    open.getReceivedOn().format(DAY));
        });
        Reservation reservation;
        try {
            reservation = reservations.saveAndFlush(new Reservation(pid, channel, receivedOn, clock.now(), by));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("error.privacy.reservationOpenNow");
        }
        reservation.runsIn(engine.start(PrivacyProcesses.RESERVATION, reservation.getId(), receivedOn,
                java.util.Map.of()));
        return reservation;
    }

    private ReservationRow row(Reservation r) {
        return new ReservationRow(r.getId(), r.getPid(), r.getChannel(), r.getReceivedOn(),
                dueDates.dueOn(r.getProcessInstanceId()), r.getLoggedBy(), r.isDeadlinePassed(), r.getState().name(),
                r.getRegisteredAt(), r.getRegisteredBy());
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, MessageArgs.plain(args), BOKMAAL);
    }
}
