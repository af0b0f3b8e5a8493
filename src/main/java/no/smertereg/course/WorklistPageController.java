package no.smertereg.course;

import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.Department;
import no.smertereg.access.OrganisationService;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.course.CourseApi.DeleteCourseRequest;
import no.smertereg.course.CourseApi.MoveDepartmentRequest;
import no.smertereg.course.CourseApi.WorklistRow;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.PatientFormEntry;
import no.smertereg.forms.Registries;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.PageMessages;

/**
 * Arbeidsliste (S12), the clinicians' start page: the unit's active courses, sortable, printable; a column per
 * clinician form of the session's registry.
 */
@Controller
class WorklistPageController {

    private static final Set<String> SORTS = Set.of("consent", "startdate", "department");
    private static final Period DEFAULT_QUIET = Period.ofMonths(3);

    /** The page's sort from its link: an unknown column means the default order, anything but "desc" ascending. */
    private record Order(String sort, String direction) {
        static Order of(String sort, String direction) {
            return new Order(sort != null && SORTS.contains(sort) ? sort : null,
                    "desc".equals(direction) ? "desc" : "asc");
        }
    }

    private final Registries registries;
    private final WorklistService worklist;
    private final CourseService courses;
    private final OrganisationService organisation;
    private final PageMessages messages;
    private final InactiveCourses inactive;

    WorklistPageController(WorklistService worklist, CourseService courses, OrganisationService organisation,
            PageMessages messages, Registries registries, InactiveCourses inactive) {
        this.inactive = inactive;
        this.registries = registries;
        this.worklist = worklist;
        this.courses = courses;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping("/arbeidsliste")
    String worklist(@RequestParam(required = false) String sort, @RequestParam(required = false) String direction,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
        return worklist(null, sort, direction, page, size, model);
    }

    /** "Egne uferdige skjema": the courses where the user's own draft waits to be finalised. */
    @GetMapping("/arbeidsliste/mine-uferdige")
    String ownUnfinished(@RequestParam(required = false) String sort,
            @RequestParam(required = false) String direction, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, Model model) {
        return worklist(WorklistService.Unfinished.MINE, sort, direction, page, size, model);
    }

    /** The unit's unfinished forms, whoever saved them (no-shows to delete, colleagues to remind). */
    @GetMapping("/arbeidsliste/enhetens-uferdige")
    String unitUnfinished(@RequestParam(required = false) String sort,
            @RequestParam(required = false) String direction, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, Model model) {
        return worklist(WorklistService.Unfinished.UNIT, sort, direction, page, size, model);
    }

    /**
     * Open courses without activity for the period (an ISO period, default three months): OPR's monthly
     * data-quality control, checked against the hospital's own system (seeds/003).
     */
    @GetMapping("/arbeidsliste/uten-aktivitet")
    String quiet(@RequestParam(required = false) String periode, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String direction, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, Model model) {
        Period quiet = quietPeriod(periode);
        model.addAttribute("periode", quiet.toString());
        return worklist(null, quiet, sort, direction, page, size, model);
    }

    private String worklist(WorklistService.Unfinished unfinished, String sort, String direction, String page,
            String size, Model model) {
        return worklist(unfinished, null, sort, direction, page, size, model);
    }

    private String worklist(WorklistService.Unfinished unfinished, Period quiet, String sort, String direction,
            String page, String size, Model model) {
        Order order = Order.of(sort, direction);
        RegistryUser user = CurrentUser.get();
        WorklistService.Page shown = worklist.worklist(user, null, order.sort(), order.direction(), null,
                unfinished, quiet == null ? null : inactive.since(quiet), pageNumber(page), pageSize(size));
        String view = quiet != null ? "QUIET" : unfinished == null ? "" : unfinished.name();
        model.addAttribute("unfinished", view);
        model.addAttribute("listPath", switch (view) {
            case "" -> "/arbeidsliste";
            case "MINE" -> "/arbeidsliste/mine-uferdige";
            case "QUIET" -> "/arbeidsliste/uten-aktivitet?periode=" + quiet;
            default -> "/arbeidsliste/enhetens-uferdige";
        });
        List<WorklistRow> rows = shown.rows();
        model.addAttribute("user", user);
        model.addAttribute("rows", rows);
        model.addAttribute("page", shown);
        model.addAttribute("columns", columns(user));
        model.addAttribute("sort", order.sort() == null ? "" : order.sort());
        model.addAttribute("direction", order.direction());
        model.addAttribute("lc", user.unitRoles().stream().anyMatch(r -> r.role() == Role.LC));
        model.addAttribute("departments", departmentChoices(rows));
        model.addAttribute("national", user.hasRoleAnywhere(Role.SC));
        return "course/worklist";
    }

    /** P11 Pasientregistreringer: the type-3 courses with the state of each patient form. */
    @GetMapping("/pasientregistreringer")
    String patientRegistrations(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size, Model model) {
        RegistryUser user = CurrentUser.get();
        WorklistService.Page shown = worklist.worklist(user, null, "startdate", "desc", 3, pageNumber(page),
                pageSize(size));
        model.addAttribute("user", user);
        model.addAttribute("page", shown);
        model.addAttribute("rows", shown.rows().stream()
                .filter(r -> r.patientForms() != null && !r.patientForms().isEmpty()).toList());
        model.addAttribute("patientForms", registries.of(user.registryId()).patientForms().stream()
                .map(PatientFormEntry::code).toList());
        return "course/patient-registrations";
    }

    @GetMapping("/arbeidsliste/utskrift")
    String print(@RequestParam(required = false) String sort, @RequestParam(required = false) String direction,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
        Order order = Order.of(sort, direction);
        RegistryUser user = CurrentUser.get();
        model.addAttribute("user", user);
        model.addAttribute("rows", worklist.worklist(user, null, order.sort(), order.direction(), null,
                pageNumber(page), pageSize(size)).rows());
        model.addAttribute("columns", columns(user));
        return "course/worklist-print";
    }

    /**
     * Moves the course to another department of its unit. From htmx (in place) the answer is the course's new row;
     * without JavaScript the page reloads with the outcome.
     */
    @PostMapping("/arbeidsliste/{id}/avdeling")
    String moveDepartment(@PathVariable Long id, @RequestParam Long version, @RequestParam Long departmentId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        MoveDepartmentRequest move = new MoveDepartmentRequest(version, departmentId, null);
        if (htmx == null) {
            return act(redirect, "worklist.moved", () -> courses.moveDepartment(id, move));
        }
        try {
            courses.moveDepartment(id, move);
        } catch (ConflictException | InvalidInputException e) {
            model.addAttribute("rowRefusal", messages.refusal(e));
        }
        RegistryUser user = CurrentUser.get();
        WorklistRow row = worklist.row(user, id).orElseThrow(() -> new NotFoundException("error.course.notFound",
                id));
        model.addAttribute("rows", List.of(row));
        model.addAttribute("columns", columns(user));
        model.addAttribute("lc", user.unitRoles().stream().anyMatch(u -> u.role() == Role.LC));
        model.addAttribute("departments", departmentChoices(List.of(row)));
        model.addAttribute("national", user.hasRoleAnywhere(Role.SC));
        return "course/worklist :: row";
    }

    @PostMapping("/arbeidsliste/{id}/sletting")
    String delete(@PathVariable Long id, @RequestParam Long version, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        if (reason.strip().length() < 3 || reason.length() > 500) {
            redirect.addFlashAttribute("refusal", messages.text("worklist.deleteReason"));
            return "redirect:/arbeidsliste";
        }
        return act(redirect, "worklist.deleted", () -> courses.delete(id, new DeleteCourseRequest(version, reason)));
    }

    /**
     * Runs a change and goes back to the list with its outcome; a refusal of the input or of the course's state is
     * shown there. A course the user may not touch answers 403 or 404 as in the API.
     */
    private String act(RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("message", done);
        } catch (ConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("refusal", messages.refusal(e));
        }
        return "redirect:/arbeidsliste";
    }

    private List<FormKey> columns(RegistryUser user) {
        return registries.of(user.registryId()).clinicianForms();
    }

    /** The period of {@code periode}: one month to two years; a bad one is 400 at the field. */
    private static Period quietPeriod(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_QUIET;
        }
        try {
            Period period = Period.parse(text.strip()).normalized();
            long months = period.toTotalMonths();
            if (period.getDays() == 0 && months >= 1 && months <= 24) {
                return period;
            }
        } catch (java.time.DateTimeException | ArithmeticException e) {
            // refused below: no period, or one too long to count
        }
        throw InvalidInputException.of("periode", "error.worklist.quietPeriod");
    }

    /** The page number from the page's own links; anything else shows the first page. */
    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int pageSize(String size) {
        try {
            int value = size == null ? WorklistService.DEFAULT_PAGE_SIZE : Integer.parseInt(size);
            return Math.min(Math.max(value, 1), WorklistService.MAX_PAGE_SIZE);
        } catch (NumberFormatException e) {
            return WorklistService.DEFAULT_PAGE_SIZE;
        }
    }

    /** For each department on the list, the active departments of its unit a course can move to. */
    private Map<Long, List<Department>> departmentChoices(List<WorklistRow> rows) {
        Map<Long, List<Department>> choices = new HashMap<>();
        rows.stream().map(WorklistRow::departmentId).filter(Objects::nonNull).distinct().forEach(id -> organisation
                .department(id).ifPresent(d -> choices.put(id, organisation.departmentsOf(d.getUnitResh()).stream()
                        .filter(Department::isActive).toList())));
        return choices;
    }
}
