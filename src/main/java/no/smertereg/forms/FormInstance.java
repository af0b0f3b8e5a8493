package no.smertereg.forms;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One clinician form of one course: its answers, state, internal comment and version. */
@Entity
class FormInstance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long courseId;
    @Convert(converter = FormKeyColumn.class)
    private FormKey formKey;
    @Enumerated(EnumType.STRING)
    private FormState state = FormState.NEW;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> answers;
    private String valueSetVersion;
    private String internalComment;
    private Instant savedAt;
    private String savedBy;
    private Instant finalisedAt;
    private String finalisedBy;
    @Version
    private long version;

    protected FormInstance() {
    }

    FormInstance(Long courseId, FormKey formKey) {
        this.courseId = courseId;
        this.formKey = formKey;
    }

    void save(Map<String, Object> answers, String valueSetVersion, String actor, Instant at) {
        this.answers = StoredAnswers.of(answers);
        this.valueSetVersion = valueSetVersion;
        this.savedBy = actor;
        this.savedAt = at;
        this.state = FormState.IN_PROGRESS;
    }

    void finalise(Map<String, Object> answers, String valueSetVersion, String actor, Instant at) {
        save(answers, valueSetVersion, actor, at);
        this.state = FormState.FINALISED;
        this.finalisedBy = actor;
        this.finalisedAt = at;
    }

    void unlock() {
        this.state = FormState.IN_PROGRESS;
    }

    void comment(String text) {
        this.internalComment = text == null || text.isBlank() ? null : text.strip();
    }

    Long getId() {
        return id;
    }

    Long getCourseId() {
        return courseId;
    }

    FormKey getFormKey() {
        return formKey;
    }

    FormState getState() {
        return state;
    }

    Map<String, Object> getAnswers() {
        return answers == null ? Map.of() : answers;
    }

    String getValueSetVersion() {
        return valueSetVersion;
    }

    String getInternalComment() {
        return internalComment;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    String getSavedBy() {
        return savedBy;
    }

    Instant getFinalisedAt() {
        return finalisedAt;
    }

    String getFinalisedBy() {
        return finalisedBy;
    }

    long getVersion() {
        return version;
    }
}
