package no.smertereg.access.application;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import no.smertereg.access.Role;

/** An application for access (A1): the applicant's data and the decision; the engine holds routing facts only. */
@Entity
@Table(name = "access_application")
public class AccessApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The registry the role is asked in; {@code platform} for IT personnel (the system manager's role). */
    private String registryId;
    private String username;
    private String fullName;
    private String mobile;
    private String email;
    @Enumerated(EnumType.STRING)
    private Position position;
    @Enumerated(EnumType.STRING)
    private HealthRegion region;
    private String unitResh;
    private String clinic;
    private String department;
    @Enumerated(EnumType.STRING)
    private Project project;
    private boolean itPersonnel;
    /** Sent from Min side by a logged-in user: the approval grants the role to that account (issue 18). */
    private boolean existingUser;
    @Enumerated(EnumType.STRING)
    private Role approverGroup;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.PENDING;
    private Instant submittedAt;
    private Instant decidedAt;
    private String decidedBy;
    private String rejectionReason;
    @Version
    private long version;

    protected AccessApplication() {
    }

    /** From a request that has passed {@link ApplicationValidation}, with its values normalised. */
    AccessApplication(ApplicationRequest request, ApplicationValidation.Valid valid, Instant submittedAt) {
        this.registryId = valid.registryId();
        Position position = valid.position();
        HealthRegion region = valid.region();
        Project project = valid.project();
        this.username = request.username().trim().toLowerCase(java.util.Locale.ROOT);
        this.fullName = request.fullName().trim();
        this.mobile = ApplicationValidation.normaliseMobile(request.mobile());
        this.email = request.email().trim();
        this.position = position;
        this.region = region;
        this.unitResh = request.unitResh().trim();
        this.clinic = request.clinic().trim();
        this.department = request.department().trim();
        this.project = project;
        this.itPersonnel = Boolean.TRUE.equals(request.itPersonnel());
        this.approverGroup = approverGroupFor(itPersonnel, project);
        this.submittedAt = submittedAt;
    }

    /** "Søk ny tilgang": a logged-in user's application, with the name, mobile and username of the account. */
    static AccessApplication ofExistingUser(ApplicationRequest request, ApplicationValidation.Valid valid,
            Instant submittedAt) {
        AccessApplication application = new AccessApplication(request, valid, submittedAt);
        application.existingUser = true;
        return application;
    }

    /** A2, A7: IT personnel to the system manager, the report portal to the national coordinator, else the unit. */
    static Role approverGroupFor(boolean itPersonnel, Project project) {
        if (itPersonnel) {
            return Role.SYSTEM_MANAGER;
        }
        return project == Project.REPORT_PORTAL ? Role.SC : Role.USER_ADMIN;
    }

    /**
     * The role the new user (or the existing user, for one more unit) gets in the unit: LU, REPORT_READER for the
     * report portal, CLERK for booking, SYSTEM_MANAGER for IT.
     */
    public Role grantedRole() {
        if (itPersonnel) {
            return Role.SYSTEM_MANAGER;
        }
        return switch (project) {
            case REPORT_PORTAL -> Role.REPORT_READER;
            case BOOKING -> Role.CLERK;
            case SMERTEREG -> Role.LU;
        };
    }

    void decide(boolean approved, String reason, String by, Instant at) {
        this.status = approved ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
        this.rejectionReason = approved ? null : reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getRegistryId() {
        return registryId;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public Position getPosition() {
        return position;
    }

    public HealthRegion getRegion() {
        return region;
    }

    public String getUnitResh() {
        return unitResh;
    }

    public String getClinic() {
        return clinic;
    }

    public String getDepartment() {
        return department;
    }

    public Project getProject() {
        return project;
    }

    public boolean isItPersonnel() {
        return itPersonnel;
    }

    public boolean isExistingUser() {
        return existingUser;
    }

    public Role getApproverGroup() {
        return approverGroup;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }
}
