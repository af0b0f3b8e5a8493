package no.smertereg.duties;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.smertereg.access.CurrentUser;

@RestController
@Tag(name = "Dekningsgrad / coverage")
class CoverageController {

    record Count(Integer examined) {
    }

    private final Coverage coverage;

    CoverageController(Coverage coverage) {
        this.coverage = coverage;
    }

    @Operation(summary = "The unit's monthly coverage counts and quarterly reports in the session's registry",
            description = "For the unit's registry responsible (LC) and the registry leadership (SC). A quarterly "
                    + "report gives the courses registered in the quarter, the patients examined and the share.")
    @GetMapping("/api/units/{reshId}/coverage")
    Coverage.Overview overview(@PathVariable String reshId) {
        return coverage.overview(CurrentUser.get(), reshId);
    }

    @Operation(summary = "LC: enter or correct a month's count of referred and examined patients (N5)",
            description = "month as 2027-01; examined 0-100000. Completes the unit diagram's task for the month.")
    @PutMapping("/api/units/{reshId}/coverage/{month}")
    Coverage.Month enter(@PathVariable String reshId, @PathVariable String month, @RequestBody Count count) {
        return coverage.enter(CurrentUser.get(), reshId, month, count == null ? null : count.examined());
    }
}
