package no.smertereg.forms;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * {@code form_instance.form_key} holds the form's code ("B11"), which names one form on the platform
 * ({@link Registries}); Hibernate gets this converter from Spring.
 */
@Converter
class FormKeyColumn implements AttributeConverter<FormKey, String> {

    private final Registries registries;

    FormKeyColumn(Registries registries) {
        this.registries = registries;
    }

    @Override
    public String convertToDatabaseColumn(FormKey key) {
        return key == null ? null : key.code();
    }

    @Override
    public FormKey convertToEntityAttribute(String code) {
        return code == null ? null : registries.stored(code);
    }
}
