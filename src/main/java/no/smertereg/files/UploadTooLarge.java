package no.smertereg.files;

import java.util.List;

import org.springframework.http.HttpStatus;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;

/** Bad input of which one is a file over the size limit: 413, with every field's problem. */
class UploadTooLarge extends InvalidInputException {

    UploadTooLarge(List<FieldProblem> problems) {
        super(problems);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.PAYLOAD_TOO_LARGE;
    }
}
