package no.smertereg.privacy;

import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryClock;

/** A case's due day as its diagram set it on the secretariat task (none once the engine's history is cleaned up). */
@Component
class CaseDueDates {

    private final HistoryService history;

    CaseDueDates(HistoryService history) {
        this.history = history;
    }

    LocalDate dueOn(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list().stream()
                .map(HistoricTaskInstance::getDueDate).filter(due -> due != null).findFirst()
                .map(due -> due.toInstant().atZone(RegistryClock.ZONE).toLocalDate()).orElse(null);
    }
}
