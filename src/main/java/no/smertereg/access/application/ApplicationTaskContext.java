package no.smertereg.access.application;

import java.time.Instant;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.AccessProcesses;
import no.smertereg.access.CurrentUser;
import no.smertereg.access.OrgUnit;
import no.smertereg.access.OrganisationService;
import no.smertereg.engine.TaskContextSource;
import no.smertereg.shared.NotFoundException;

/**
 * Who applied, for Tasklist's access-approval task: shown only to those who may decide the application (the same
 * check as the decision); the applicant's data stays in the registry's table.
 */
@Component
class ApplicationTaskContext implements TaskContextSource {

    record ApplicantContext(String kind, Long applicationId, String fullName, String username, String position,
            String unitResh, String unitName, String clinic, String department, Instant submittedAt) {
    }

    private final AccessApplicationRepository applications;
    private final OrganisationService organisation;
    private final MessageSource messages;

    ApplicationTaskContext(AccessApplicationRepository applications, OrganisationService organisation,
            MessageSource messages) {
        this.applications = applications;
        this.organisation = organisation;
        this.messages = messages;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(AccessProcesses.APPLICATION);
    }

    @Override
    @Transactional(readOnly = true)
    public ApplicantContext describe(String businessKey) {
        AccessApplication application = applications.findById(applicationId(businessKey))
                .filter(a -> ApplicationService.mayDecide(CurrentUser.get(), a))
                .orElseThrow(() -> new NotFoundException("error.application.notFound"));
        String position = messages.getMessage("apply.position." + application.getPosition(), null,
                application.getPosition().name(), LocaleContextHolder.getLocale());
        return new ApplicantContext("APPLICATION", application.getId(), application.getFullName(),
                application.getUsername(), position, application.getUnitResh(),
                organisation.unit(application.getUnitResh()).map(OrgUnit::getName).orElse(application.getUnitResh()),
                application.getClinic(), application.getDepartment(), application.getSubmittedAt());
    }

    private static Long applicationId(String businessKey) {
        try {
            return Long.valueOf(businessKey);
        } catch (NumberFormatException e) {
            throw new NotFoundException("error.application.notFound");
        }
    }
}
