package no.smertereg.web;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;
import no.smertereg.shared.RegistryException;

/**
 * A refusal on one of the registry's pages (another unit's course, a role the user lacks) as a page in the user's
 * language with its status, not as the API's JSON. Other failures reach {@code templates/error.html} through
 * Spring Boot's error handling; neither shows a stack trace.
 */
@ControllerAdvice(basePackages = "no.smertereg")
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final PageMessages messages;

    PageExceptionHandler(PageMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RegistryException.class)
    ModelAndView refused(RegistryException e) {
        ModelAndView page = page(e.status(), e.messageCode(), e.args());
        if (e instanceof InvalidInputException invalid) {
            page.addObject("fieldProblems", messages.byField(invalid));
        }
        return page;
    }

    /** Two users or a user and a timer changed the same row at once: nothing was saved, try again. */
    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class,
            DataIntegrityViolationException.class})
    ModelAndView concurrent(RuntimeException e) {
        return page(HttpStatus.CONFLICT, "error.page.concurrent");
    }

    private ModelAndView page(HttpStatus status, String code, Object... args) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", messages.text(code, args));
        return page;
    }
}
