package no.smertereg.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Refuses control characters ({@link ControlCharacters}) in every JSON string the API reads: properties, list
 * elements, map keys, and the values of untyped maps such as form answers (Jackson's untyped deserializer uses a
 * registered String deserializer for their strings). Strings are otherwise read exactly as Jackson's own
 * deserializer reads them, coercion rules included.
 */
final class CheckedTextModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    CheckedTextModule() {
        super("registry-checked-text");
        addDeserializer(String.class, new CheckedStringDeserializer());
        addKeyDeserializer(String.class, new CheckedKeyDeserializer());
    }

    static final class CheckedStringDeserializer extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        CheckedStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && !ControlCharacters.allowed(value)) {
                throw ControlCharacterException.inValue(parser);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }
    }

    static final class CheckedKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (!ControlCharacters.allowed(key)) {
                throw ControlCharacterException.inName(context.getParser());
            }
            return key;
        }
    }
}
