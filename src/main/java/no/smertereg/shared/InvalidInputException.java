package no.smertereg.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Bad input: 400 with one message per field. */
public class InvalidInputException extends RegistryException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("error.invalidInput", problems.size());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageCode, Object... args) {
        return new InvalidInputException(List.of(FieldProblem.of(field, messageCode, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
