package no.smertereg.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import no.smertereg.shared.ConflictException;
import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.RegistryException;

/**
 * Every failure of the registry's REST API as RFC 9457 problem JSON: 400 with a message per field, 403, 404, 409.
 * Bad input never becomes a 500. The pages' failures are {@link PageExceptionHandler}'s.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = problem(e);
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", text(p.messageCode(), p.args().toArray())))
                .toList());
        return problem;
    }

    @ExceptionHandler(RegistryException.class)
    ProblemDetail registry(RegistryException e) {
        return problem(e);
    }

    /** A conflict about one field of the request (a stale {@code version}) names it as bad input does. */
    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(e);
        e.field().ifPresent(field -> problem.setProperty("errors", List.of(Map.of("field", field, "message",
                problem.getDetail()))));
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail beanValidation(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(ConstraintProblems::of).toList();
        return invalidInput(new InvalidInputException(problems));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail parameterValidation(HandlerMethodValidationException e) {
        List<FieldProblem> problems = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> ConstraintProblems.of(r, err)))
                .toList();
        return invalidInput(new InvalidInputException(problems));
    }

    /**
     * A body that is not the JSON the endpoint reads (broken, empty, a duplicate or unknown property, a value of the
     * wrong type, a control character): 400 naming the field by its JSON path. Logged in one line, without values.
     * A response that could not be written is the server's fault and stays a 500.
     */
    @ExceptionHandler(HttpMessageConversionException.class)
    ProblemDetail unreadable(HttpMessageConversionException e) {
        if (e instanceof HttpMessageNotWritableException) {
            log.error("Response could not be written", e);
            return ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        }
        FieldProblem problem = UnreadableBody.describe(e);
        log.info("Request body refused: {}", problem.messageCode());
        return invalidInput(new InvalidInputException(List.of(problem)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException told) {
                return invalidInput(told);
            }
        }
        return invalidInput(new InvalidInputException(List.of(ExpectedType.problem(e.getName(),
                e.getRequiredType()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return invalidInput(InvalidInputException.of(e.getParameterName(), "error.field.required"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage());
    }

    /** A body that is not JSON: 415, naming the body like every other refusal of it. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        String message = text("error.body.mediaType", new Object[0]);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
        problem.setProperty("errors", List.of(Map.of("field", UnreadableBody.BODY, "message", message)));
        return problem;
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
    ProblemDetail concurrentWrite(RuntimeException e) {
        log.info("Concurrent write refused: {}", e.getClass().getSimpleName());
        return problem(new ConflictException("error.concurrentWrite"));
    }

    /**
     * A unique key (two users registering the same new patient at once) is a conflict; any other constraint is a
     * value the forms let through but the database refuses. The database's detail (an identity number) is not logged.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail constraint(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                log.info("Write refused by a unique constraint");
                return problem(new ConflictException("error.concurrentWrite"));
            }
        }
        log.warn("Write refused by a database constraint");
        return invalidInput(InvalidInputException.of("body", "error.data.constraint"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(new ForbiddenException("error.forbidden"));
    }

    private ProblemDetail problem(RegistryException e) {
        return ProblemDetail.forStatusAndDetail(e.status(), text(e.messageCode(), e.args()));
    }

    private String text(String code, Object[] args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, args, code, locale);
    }
}
