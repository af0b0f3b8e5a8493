package no.smertereg.access.application;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.smertereg.access.CurrentUser;
import no.smertereg.shared.TooManyRequestsException;

@RestController
@Tag(name = "Tilgangssøknader / access applications")
class AccessApplicationController {

    record Submitted(Long id, ApplicationStatus status) {
    }

    record Decision(Boolean approve, String reason) {
    }

    record ApplicationView(Long id, String username, String fullName, String mobile, String email,
            Position position, HealthRegion region, String unitResh, String clinic, String department,
            Project project, boolean itPersonnel, String approverGroup, ApplicationStatus status,
            Instant submittedAt) {

        static ApplicationView of(AccessApplication a) {
            return new ApplicationView(a.getId(), a.getUsername(), a.getFullName(), a.getMobile(), a.getEmail(),
                    a.getPosition(), a.getRegion(), a.getUnitResh(), a.getClinic(), a.getDepartment(),
                    a.getProject(), a.isItPersonnel(), a.getApproverGroup().name(), a.getStatus(),
                    a.getSubmittedAt());
        }
    }

    private final ApplicationService applications;
    private final ApplicationLimit limit;

    AccessApplicationController(ApplicationService applications, ApplicationLimit limit) {
        this.applications = applications;
        this.limit = limit;
    }

    @Operation(summary = "Apply for access (no login: applicants have none yet)",
            description = "A1: 400 names every field that is missing or wrong; 409 when the username is taken by a "
                    + "user or a pending application. IT personnel go to the system manager, the report portal "
                    + "(REPORT_PORTAL) to the national coordinator, everyone else to the unit's user administrator. "
                    + "429 after too many applications from one address in an hour.")
    @SecurityRequirements
    @PostMapping("/api/access/applications")
    @ResponseStatus(HttpStatus.CREATED)
    Submitted apply(@RequestBody ApplicationRequest request, HttpServletRequest http) {
        if (!limit.allow(http.getRemoteAddr())) {
            throw new TooManyRequestsException("apply.tooMany");
        }
        AccessApplication application = applications.submit(request);
        return new Submitted(application.getId(), application.getStatus());
    }

    @Operation(summary = "Your inbox: the pending applications you may decide")
    @GetMapping("/api/access/applications")
    List<ApplicationView> inbox() {
        return applications.inbox(CurrentUser.get()).stream().map(ApplicationView::of).toList();
    }

    @Operation(summary = "Approve or reject an application (a rejection needs a reason, which the applicant gets)",
            description = "Only the approver group of the application's unit; 403 for other users of that unit, 404 "
                    + "for everyone else; 409 when it is decided already.")
    @PostMapping("/api/access/applications/{id}/decision")
    Submitted decide(@PathVariable Long id, @RequestBody Decision decision) {
        AccessApplication application = applications.decide(CurrentUser.get(), id, decision.approve(),
                decision.reason());
        return new Submitted(application.getId(), application.getStatus());
    }
}
