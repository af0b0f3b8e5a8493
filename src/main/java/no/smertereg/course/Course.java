package no.smertereg.course;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Version;

import no.smertereg.privacy.LegalBasis;

/** A patient course (forløp) in one hospital unit and department. */
@Entity
@SqlResultSetMapping(name = WorklistQuery.PAGE, entities = @EntityResult(entityClass = Course.class),
        columns = @ColumnResult(name = "worklist_total", type = Long.class))
class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long pid;
    private String unitResh;
    private Long departmentId;
    private Long locationId;
    @Enumerated(EnumType.STRING)
    private CourseStatus status = CourseStatus.ACTIVE;
    /** The registry the course belongs to (its descriptor's id), for good. */
    private String registryId;
    private Integer courseType;
    @Enumerated(EnumType.STRING)
    private RegistryScope registry;
    /** The SkriftligSamtyk answer of TO (information only under the reservation basis). */
    private Boolean consent;
    @Enumerated(EnumType.STRING)
    private LegalBasis legalBasis = LegalBasis.CONSENT;
    private Boolean inclusionMet;
    private Integer tilsett;
    private LocalDate referralDate;
    private LocalDate startDate;
    private String processInstanceId;
    private Instant createdAt;
    private String createdBy;
    private Instant deletedAt;
    private String deletedBy;
    private String deleteReason;
    @Version
    private long version;

    protected Course() {
    }

    Course(String registryId, Long pid, String unitResh, Long departmentId, Long locationId, String createdBy,
            Instant createdAt, LocalDate startDate, LegalBasis legalBasis) {
        this.registryId = registryId;
        this.legalBasis = legalBasis;
        this.pid = pid;
        this.unitResh = unitResh;
        this.departmentId = departmentId;
        this.locationId = locationId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.startDate = startDate;
    }

    void apply(CourseRouting routing) {
        this.courseType = routing.type().code();
        this.registry = routing.registry();
        this.consent = routing.consent();
        this.inclusionMet = routing.inclusionMet();
        this.tilsett = routing.tilsett();
        this.referralDate = routing.referralDate();
        this.startDate = routing.startDate();
    }

    /** R2: a reserved patient's course is kept in the hospital's local registry only (its data stays). */
    void moveToLocalRegistry() {
        this.registry = RegistryScope.LOCAL;
    }

    void moveTo(Long departmentId, Long locationId) {
        this.departmentId = departmentId;
        this.locationId = locationId;
    }

    void markDeleted(String actor, String reason, Instant at) {
        this.status = CourseStatus.DELETED;
        this.deletedBy = actor;
        this.deleteReason = reason;
        this.deletedAt = at;
        this.processInstanceId = null;
    }

    void runsIn(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void status(CourseStatus status) {
        this.status = status;
    }

    Long getId() {
        return id;
    }

    Long getPid() {
        return pid;
    }

    String getRegistryId() {
        return registryId;
    }

    String getUnitResh() {
        return unitResh;
    }

    Long getDepartmentId() {
        return departmentId;
    }

    Long getLocationId() {
        return locationId;
    }

    CourseStatus getStatus() {
        return status;
    }

    CourseType getCourseType() {
        return CourseType.ofCode(courseType);
    }

    RegistryScope getRegistry() {
        return registry;
    }

    Boolean getConsent() {
        return consent;
    }

    LegalBasis getLegalBasis() {
        return legalBasis;
    }

    boolean isNational() {
        return registry == RegistryScope.NATIONAL;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getReferralDate() {
        return referralDate;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getDeletedAt() {
        return deletedAt;
    }

    String getDeleteReason() {
        return deleteReason;
    }

    long getVersion() {
        return version;
    }
}
