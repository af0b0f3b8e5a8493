package no.smertereg.eprom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.RegistryClock;
import no.smertereg.shared.RegistryDirectory;

/**
 * The coordinator's preview: which patient forms of a unit go out on a day, read from the dispatch timers; only the
 * courses of the session's registry, whose engine tenant in the unit holds them (a unit may run several
 * registries, ADR 0017).
 */
@Service
@Transactional(readOnly = true)
public class DispatchPreview {

    /** One planned send: course and patient (PID only), form, time. */
    public record PlannedSend(Long courseId, PatientFormType form, Instant sendAt) {
    }

    private final PatientFormTypes types;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final RegistryDirectory registries;

    DispatchPreview(ManagementService management, RuntimeService runtime, PatientFormTypes types,
            RegistryDirectory registries) {
        this.registries = registries;
        this.types = types;
        this.management = management;
        this.runtime = runtime;
    }

    public List<PlannedSend> of(String unitResh, LocalDate day) {
        RegistryUser user = CurrentUser.get();
        if (!user.hasRole(unitResh, Role.LU, Role.LC, Role.CLERK)) {
            throw new ForbiddenException("error.forbidden.unit", unitResh);
        }
        Date from = Date.from(day.atStartOfDay(RegistryClock.ZONE).toInstant());
        Date to = Date.from(day.plusDays(1).atStartOfDay(RegistryClock.ZONE).toInstant());
        return management.createJobQuery().timers().activityId(PatientFormProcess.TIMER_DISPATCH)
                .tenantIdIn(registries.engineTenant(user.registryId(), unitResh))
                .duedateHigherThenOrEquals(from).duedateLowerThan(to).list().stream()
                .map(job -> {
                    ProcessInstance instance = runtime.createProcessInstanceQuery()
                            .processInstanceId(job.getProcessInstanceId()).singleResult();
                    String form = (String) runtime.getVariable(instance.getId(), PatientFormProcess.VAR_PATIENT_FORM);
                    return new PlannedSend(Long.valueOf(instance.getBusinessKey()), types.of(form),
                            job.getDuedate().toInstant());
                })
                .sorted(Comparator.comparing(PlannedSend::sendAt).thenComparing(PlannedSend::courseId))
                .toList();
    }
}
