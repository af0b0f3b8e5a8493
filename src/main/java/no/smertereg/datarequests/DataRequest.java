package no.smertereg.datarequests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One research data request of one registry, from the application to the delivered extract. */
@Entity
class DataRequest {

    enum State {
        /** Registered, waiting for the council. */
        APPLIED,
        REJECTED,
        /** Approved, waiting for the signed agreement. */
        APPROVED,
        /** No agreement within the time the diagram gives: the approval lapsed. */
        LAPSED,
        DELIVERED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String registryId;
    private String project;
    private String responsible;
    private String researchQuestion;
    private String variables;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String legalBasis;
    private LocalDate receivedOn;
    private String registeredBy;
    private Instant registeredAt;
    @Enumerated(EnumType.STRING)
    private State state = State.APPLIED;
    private LocalDate decidedOn;
    private String decidedBy;
    private String approvedVariables;
    private String decisionNote;
    private LocalDate agreementOn;
    private String agreementReference;
    private String agreementBy;
    private Instant deliveredAt;
    private Integer extractRows;
    private String extractSha256;
    private String projectStatus;
    private String processInstanceId;
    @Version
    private long version;

    protected DataRequest() {
    }

    DataRequest(String registryId, DataRequestApplication application, String registeredBy, Instant registeredAt) {
        this.registryId = registryId;
        this.project = application.project();
        this.responsible = application.responsible();
        this.researchQuestion = application.researchQuestion();
        this.variables = String.join("\n", application.variables());
        this.periodFrom = application.periodFrom();
        this.periodTo = application.periodTo();
        this.legalBasis = application.legalBasis();
        this.receivedOn = application.receivedOn();
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    void runsIn(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decide(boolean approved, LocalDate on, String by, List<String> approvedVariables, String note) {
        this.state = approved ? State.APPROVED : State.REJECTED;
        this.decidedOn = on;
        this.decidedBy = by;
        this.approvedVariables = approved ? String.join("\n", approvedVariables) : null;
        this.decisionNote = note;
    }

    void agree(LocalDate on, String reference, String by) {
        this.agreementOn = on;
        this.agreementReference = reference;
        this.agreementBy = by;
    }

    void lapse() {
        this.state = State.LAPSED;
    }

    /** The extract's file and key are written beside the entity ({@link DataExtractFiles}), never loaded with it. */
    void deliver(int rows, String sha256, Instant at) {
        this.state = State.DELIVERED;
        this.extractRows = rows;
        this.extractSha256 = sha256;
        this.deliveredAt = at;
    }

    /** Approved and agreed: the extract may be made. */
    boolean readyToExtract() {
        return state == State.APPROVED && agreementOn != null;
    }

    void projectStatus(String status) {
        this.projectStatus = status;
    }

    Long getId() {
        return id;
    }

    String getRegistryId() {
        return registryId;
    }

    String getProject() {
        return project;
    }

    String getResponsible() {
        return responsible;
    }

    String getResearchQuestion() {
        return researchQuestion;
    }

    List<String> getVariables() {
        return lines(variables);
    }

    LocalDate getPeriodFrom() {
        return periodFrom;
    }

    LocalDate getPeriodTo() {
        return periodTo;
    }

    String getLegalBasis() {
        return legalBasis;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    String getRegisteredBy() {
        return registeredBy;
    }

    State getState() {
        return state;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    List<String> getApprovedVariables() {
        return lines(approvedVariables);
    }

    String getDecisionNote() {
        return decisionNote;
    }

    LocalDate getAgreementOn() {
        return agreementOn;
    }

    String getAgreementReference() {
        return agreementReference;
    }

    Instant getDeliveredAt() {
        return deliveredAt;
    }

    Integer getExtractRows() {
        return extractRows;
    }

    String getExtractSha256() {
        return extractSha256;
    }

    String getProjectStatus() {
        return projectStatus;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }
}
