package no.smertereg.eprom;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@code patient_form.form_type} holds the form's code ("HADS"); Hibernate gets this converter from Spring. */
@Converter
class PatientFormTypeColumn implements AttributeConverter<PatientFormType, String> {

    private final PatientFormTypes types;

    PatientFormTypeColumn(PatientFormTypes types) {
        this.types = types;
    }

    @Override
    public String convertToDatabaseColumn(PatientFormType type) {
        return type == null ? null : type.code();
    }

    @Override
    public PatientFormType convertToEntityAttribute(String code) {
        return code == null ? null : types.of(code);
    }
}
