package no.smertereg.datarequests;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import no.smertereg.engine.RegistryCompletions;

/** The one bean {@code data-request.bpmn} calls: {@code ${dataRequest.…}}. Business key: the request id. */
@Component("dataRequest")
public class DataRequestPathway {

    private final DataExtracts extracts;

    DataRequestPathway(DataExtracts extracts) {
        this.extracts = extracts;
    }

    /** The decision and the agreement are recorded on /utleveringer first; another completion would skip them. */
    public void taskCompleted(DelegateTask task) {
        RegistryCompletions.requireRegistryCompletion(task.getId(),
                "Gjøres i registeret: /utleveringer / Done in the registry's page for data requests.");
    }

    public void extract(DelegateExecution execution) {
        extracts.deliver(requestId(execution));
    }

    public void lapse(DelegateExecution execution) {
        extracts.lapse(requestId(execution));
    }

    private static Long requestId(DelegateExecution execution) {
        return Long.valueOf(execution.getProcessBusinessKey());
    }
}
