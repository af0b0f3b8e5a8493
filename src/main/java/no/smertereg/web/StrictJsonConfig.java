package no.smertereg.web;

import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The registry's own API reads JSON strictly: a property given twice, an unknown property, trailing content, a
 * value of another type than the property's (5.5 or "5" for a number, 1 or "yes" for true/false, a number for a
 * text, a text for a list) and control characters in text are refused, each naming its field. Untyped values (form
 * answers) stay untyped: a form's codes may arrive as numbers or strings, the form validator decides.
 *
 * <p>Only Spring MVC's JSON converter gets the strict copy: the application's ObjectMapper (form files, exports,
 * outbound clients) and the engine's REST API keep their own settings.
 */
@Configuration
class StrictJsonConfig implements WebMvcConfigurer {

    private static final List<LogicalType> SCALARS = List.of(LogicalType.Integer, LogicalType.Float,
            LogicalType.Boolean);

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter json) {
                // A new converter, not setObjectMapper: the instance is shared with the HTTP clients Boot builds.
                converters.set(i, new MappingJackson2HttpMessageConverter(strict(json.getObjectMapper())));
            }
        }
    }

    /** A strict copy of the given mapper; the mapper itself is left as it is. */
    static ObjectMapper strict(ObjectMapper lenient) {
        ObjectMapper mapper = lenient.copy();
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.setDefaultLeniency(false);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : SCALARS) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new CheckedTextModule());
        return mapper;
    }
}
