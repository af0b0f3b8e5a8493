package no.smertereg.eprom;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;

/**
 * A {@code {form}} path variable ("HADS", "hads"); one the course diagram does not call is a 400 naming it and the
 * forms it calls.
 */
@Component
class PatientFormTypeParameter implements Converter<String, PatientFormType> {

    private final PatientFormTypes types;

    PatientFormTypeParameter(PatientFormTypes types) {
        this.types = types;
    }

    @Override
    public PatientFormType convert(String code) {
        return types.find(code).orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("form",
                "error.json.type", new DefaultMessageSourceResolvable(new String[] {"error.json.kind.choice"},
                        new Object[] {types.all().stream().map(PatientFormType::code)
                                .collect(Collectors.joining(", "))})))));
    }
}
