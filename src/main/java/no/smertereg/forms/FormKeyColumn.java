package no.smertereg.forms;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@code form_instance.form_key} holds the form's code ("B11"); Hibernate gets this converter from Spring. */
@Converter
class FormKeyColumn implements AttributeConverter<FormKey, String> {

    private final RegistryDefinitions definitions;

    FormKeyColumn(RegistryDefinitions definitions) {
        this.definitions = definitions;
    }

    @Override
    public String convertToDatabaseColumn(FormKey key) {
        return key == null ? null : key.code();
    }

    @Override
    public FormKey convertToEntityAttribute(String code) {
        return code == null ? null : definitions.stored(code);
    }
}
