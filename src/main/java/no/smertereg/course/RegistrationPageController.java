package no.smertereg.course;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.Department;
import no.smertereg.access.OrganisationService;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.course.CourseApi.CourseView;
import no.smertereg.course.CourseApi.CreateCourseRequest;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;
import no.smertereg.shared.NotFoundException;

/** "Ny registrering": find the patient by identity number, see the patient history, start a new course. */
@Controller
class RegistrationPageController {

    private final CourseService courses;
    private final OrganisationService organisation;
    private final PageMessages messages;

    private final CourseAccess access;

    RegistrationPageController(CourseService courses, OrganisationService organisation, PageMessages messages,
            CourseAccess access) {
        this.access = access;
        this.courses = courses;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping("/registrering")
    String search(Model model) {
        return page(model, "", null, Map.of(), null);
    }

    /** A search result reloaded (e.g. by the language link) goes back to the search: the number is never in a URL. */
    @GetMapping("/registrering/sok")
    String searchAgain() {
        return "redirect:/registrering";
    }

    @PostMapping("/registrering/sok")
    String lookup(@RequestParam(defaultValue = "") String nationalId, HttpServletResponse response, Model model) {
        try {
            return page(model, nationalId, courses.lookup(nationalId.strip()), Map.of(), null);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(model, nationalId, null, messages.byField(e), null);
        } catch (NotFoundException e) {
            response.setStatus(404);
            return page(model, nationalId, null, Map.of("nationalId", messages.of(e)), null);
        }
    }

    @PostMapping("/registrering")
    String register(@RequestParam(defaultValue = "") String nationalId,
            @RequestParam(required = false) Long departmentId, HttpServletResponse response, Model model) {
        try {
            CourseView course = courses.register(new CreateCourseRequest(nationalId.strip(), departmentId, null));
            return "redirect:/forlop/" + course.id() + "/po";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            Map<String, String> problems = messages.byField(e);
            return page(model, nationalId, problems.containsKey("nationalId") ? null : found(nationalId), problems,
                    departmentId);
        }
    }

    /** The patient the number names, if it names one: a refused registration keeps what was typed either way. */
    private CourseApi.PatientLookupResponse found(String nationalId) {
        try {
            return courses.lookup(nationalId.strip());
        } catch (InvalidInputException | NotFoundException e) {
            return null;
        }
    }

    private String page(Model model, String nationalId, CourseApi.PatientLookupResponse found,
            Map<String, String> problems, Long departmentId) {
        RegistryUser user = CurrentUser.get();
        if (user.unitsWith(Role.LU, Role.LC, Role.SC).isEmpty() && access.registrationUnits(user).isEmpty()) {
            throw new ForbiddenException("error.forbidden");
        }
        Set<String> units = access.registrationUnits(user);
        List<Department> departments = units.stream().flatMap(u -> organisation.departmentsOf(u).stream())
                .filter(Department::isActive).toList();
        model.addAttribute("user", user);
        model.addAttribute("nationalId", nationalId);
        model.addAttribute("found", found);
        model.addAttribute("problems", problems);
        model.addAttribute("departments", departments);
        model.addAttribute("departmentId", departmentId);
        return "course/registration";
    }
}
