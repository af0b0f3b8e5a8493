package no.smertereg.eprom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One patient form of one course, with its state, reason code and the hash of its one-time code. */
@Entity
@Table(name = "patient_form")
class PatientFormRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long courseId;
    @Convert(converter = PatientFormTypeColumn.class)
    private PatientFormType formType;
    @Enumerated(EnumType.STRING)
    private PatientFormState state = PatientFormState.PLANNED;
    private Integer reasonCode;
    private String codeHash;
    private String firstCodeHash;
    private Instant sentAt;
    private LocalDate plannedFrom;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> answers;
    private Instant answeredAt;
    private boolean answeredOnPaper;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> draftAnswers;
    private Instant draftSavedAt;
    private String processInstanceId;
    @Version
    private long version;

    protected PatientFormRecord() {
    }

    PatientFormRecord(Long courseId, PatientFormType formType) {
        this.courseId = courseId;
        this.formType = formType;
    }

    void sent(String codeHash, Instant at) {
        this.codeHash = codeHash;
        this.sentAt = at;
        this.state = PatientFormState.SENT;
    }

    /** The patient-form pathway that sent it and waits for the answer (none for a form sent before V30). */
    void sentBy(String processInstanceId) {
        if (processInstanceId != null) {
            this.processInstanceId = processInstanceId;
        }
    }

    Optional<String> pathway() {
        return Optional.ofNullable(processInstanceId);
    }

    /** The course date the form was planned from when it went out (none for a form planned from its order). */
    void sentFor(LocalDate courseDate) {
        this.plannedFrom = courseDate;
    }

    Optional<LocalDate> plannedFrom() {
        return Optional.ofNullable(plannedFrom);
    }

    void noContact() {
        this.state = PatientFormState.NO_CONTACT;
    }

    /** The reminder brings a new code; the first one stays valid until the form is answered, locked or closed. */
    void reminded(String newCodeHash) {
        if (firstCodeHash == null) {
            this.firstCodeHash = this.codeHash;
        }
        this.codeHash = newCodeHash;
        this.state = PatientFormState.REMINDED;
    }

    void answered(Map<String, Object> answers, Instant at, boolean onPaper) {
        this.answers = new LinkedHashMap<>(answers);
        this.answeredAt = at;
        this.answeredOnPaper = onPaper;
        forgetCodes();
        this.state = PatientFormState.COMPLETED;
    }

    /**
     * A new code for a form open for its answer, handed over at the clinic: it becomes the only code that opens the
     * form (the codes of earlier notices and clinic openings stop working); a reminder later adds its own, as after a
     * send.
     */
    void codeReplaced(String newCodeHash) {
        this.firstCodeHash = null;
        this.codeHash = newCodeHash;
    }

    boolean isOpenForAnswer() {
        return state == PatientFormState.SENT || state == PatientFormState.REMINDED;
    }

    void closed(int reason) {
        this.state = PatientFormState.CLOSED;
        this.reasonCode = reason;
        forgetCodes();
    }

    /** The portal's "save and return": kept only while the form is open for answers. */
    void saveDraft(Map<String, String> draft, Instant at) {
        this.draftAnswers = new LinkedHashMap<>(draft);
        this.draftSavedAt = at;
    }

    Map<String, String> getDraftAnswers() {
        return draftAnswers == null ? Map.of() : Map.copyOf(draftAnswers);
    }

    private void forgetCodes() {
        this.codeHash = null;
        this.firstCodeHash = null;
        this.draftAnswers = null;
        this.draftSavedAt = null;
    }

    /** Sent, answered, or its time came and went (locked unanswered, or locked as never sent). */
    boolean isStarted() {
        return sentAt != null || state == PatientFormState.COMPLETED
                || state == PatientFormState.LOCKED_UNANSWERED || state == PatientFormState.NOT_SENT_NO_CONTACT;
    }

    void lockedUnanswered(int reason) {
        this.state = PatientFormState.LOCKED_UNANSWERED;
        this.reasonCode = reason;
        forgetCodes();
    }

    /** Due, but never sent for want of a phone or e-mail, and nothing came on paper: locked with its own reason. */
    void lockedNotSent(int reason) {
        this.state = PatientFormState.NOT_SENT_NO_CONTACT;
        this.reasonCode = reason;
        forgetCodes();
    }

    /** Waiting for contact details or paper: its send was due but nothing went to the patient. */
    boolean isWaitingForContact() {
        return state == PatientFormState.NO_CONTACT && sentAt == null;
    }

    Map<String, Object> getAnswers() {
        return answers;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    Long getId() {
        return id;
    }

    Long getCourseId() {
        return courseId;
    }

    PatientFormType getFormType() {
        return formType;
    }

    PatientFormState getState() {
        return state;
    }

    Integer getReasonCode() {
        return reasonCode;
    }

    String getCodeHash() {
        return codeHash;
    }

    Instant getSentAt() {
        return sentAt;
    }
}
