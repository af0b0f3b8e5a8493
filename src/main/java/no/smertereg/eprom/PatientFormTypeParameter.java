package no.smertereg.eprom;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** A {@code {form}} path variable ("HADS", "hads"); one the course diagram does not call is a 400 naming it. */
@Component
class PatientFormTypeParameter implements Converter<String, PatientFormType> {

    private final PatientFormTypes types;

    PatientFormTypeParameter(PatientFormTypes types) {
        this.types = types;
    }

    @Override
    public PatientFormType convert(String code) {
        return types.find(code).orElseThrow(() -> new IllegalArgumentException("No patient form " + code));
    }
}
