package no.smertereg.datarequests;

import java.time.LocalDate;
import java.util.List;

import no.smertereg.shared.RegistryClock;

/** A request as its pages show it: the annual report's project list is these rows. */
public record DataRequestRow(Long id, String project, String responsible, String researchQuestion, List<String> variables,
        LocalDate periodFrom, LocalDate periodTo, String legalBasis, LocalDate receivedOn, String registeredBy,
        String state, LocalDate decidedOn, String decidedBy, List<String> approvedVariables, String decisionNote,
        LocalDate agreementOn, String agreementReference, LocalDate deliveredOn, Integer extractRows,
        String extractSha256, String projectStatus) {

    static DataRequestRow of(DataRequest r) {
        return new DataRequestRow(r.getId(), r.getProject(), r.getResponsible(), r.getResearchQuestion(),
                r.getVariables(), r.getPeriodFrom(), r.getPeriodTo(), r.getLegalBasis(), r.getReceivedOn(),
                r.getRegisteredBy(), r.getState().name(), r.getDecidedOn(), r.getDecidedBy(),
                r.getApprovedVariables(), r.getDecisionNote(), r.getAgreementOn(), r.getAgreementReference(),
                r.getDeliveredAt() == null ? null : r.getDeliveredAt().atZone(RegistryClock.ZONE).toLocalDate(),
                r.getExtractRows(), r.getExtractSha256(), r.getProjectStatus());
    }

    public boolean awaitsDecision() {
        return DataRequest.State.APPLIED.name().equals(state);
    }

    public boolean awaitsAgreement() {
        return DataRequest.State.APPROVED.name().equals(state) && agreementOn == null;
    }

    /** The state as the pages name it: an approved request with its agreement is having its extract made. */
    public String shownState() {
        return DataRequest.State.APPROVED.name().equals(state) && agreementOn != null ? "EXTRACTING" : state;
    }

    public boolean delivered() {
        return DataRequest.State.DELIVERED.name().equals(state);
    }

    /** The variables the report's column "Data brukt" names: the approved ones, else those applied for. */
    public List<String> dataUsed() {
        return approvedVariables.isEmpty() ? variables : approvedVariables;
    }
}
