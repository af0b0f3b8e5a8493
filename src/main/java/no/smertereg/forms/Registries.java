package no.smertereg.forms;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every registry the platform runs, one per descriptor {@code processes/**}{@code /*.registry.json}
 * (docs/registries.md, ADR 0013). Registries share login, units, patients, audit, outbox, portal and reports; each
 * owns its course diagram and the forms its diagram uses, so a registry id, a course diagram or a form file belongs to
 * one registry only. The shared pathways (correction, patient form) may be named by several.
 */
@Component
public class Registries {

    private final Map<String, RegistryDefinitions> byId = new LinkedHashMap<>();

    @Autowired
    Registries(@Value("${registry.definitions-location:" + RegistryDefinitions.DEFAULT_LOCATION + "}") String location,
            ObjectMapper json, FormCatalogue catalogue) throws IOException {
        this(RegistryDefinitions.readAll(location, json, catalogue));
    }

    Registries(List<RegistryDefinitions> registries) {
        if (registries.isEmpty()) {
            throw new IllegalStateException("No registry descriptor (processes/<id>.registry.json) was found");
        }
        Map<String, String> owners = new HashMap<>();
        registries.stream().sorted(Comparator.comparing(r -> r.descriptor().id())).forEach(registry -> {
            String id = registry.descriptor().id();
            if (byId.putIfAbsent(id, registry) != null) {
                throw new IllegalStateException("Two registry descriptors have the id " + id);
            }
            owned(registry).forEach(owned -> {
                String other = owners.putIfAbsent(owned, id);
                if (other != null) {
                    throw new IllegalStateException(owned + " belongs to registry " + other + " and to " + id
                            + "; a course diagram or form file belongs to one registry");
                }
            });
        });
    }

    public static Registries read(String location, ObjectMapper json) throws IOException {
        return new Registries(RegistryDefinitions.readAll(location, json, new FormCatalogue(json, location)));
    }

    /** The registries, by id. */
    public List<RegistryDefinitions> all() {
        return List.copyOf(byId.values());
    }

    public RegistryDefinitions of(String id) {
        RegistryDefinitions registry = byId.get(id);
        if (registry == null) {
            throw new IllegalArgumentException("No registry " + id + "; the registries are " + byId.keySet());
        }
        return registry;
    }

    /** The registry whose course diagram has this process id. */
    public Optional<RegistryDefinitions> ofCourseProcess(String processKey) {
        return byId.values().stream().filter(r -> r.courseProcess().equals(processKey)).findFirst();
    }

    /** The registry whose course diagram uses this form file, as a clinician form or a patient form. */
    public Optional<RegistryDefinitions> ofForm(String formId) {
        return byId.values().stream().filter(r -> owned(r).anyMatch(("form " + formId)::equals)).findFirst();
    }

    /**
     * The platform's only registry. A step on the way to several (ADR 0013): what still asks for it refuses to start
     * when a second descriptor is added, naming the registries, instead of silently serving the wrong one.
     */
    public RegistryDefinitions only() {
        if (byId.size() != 1) {
            throw new IllegalStateException("This part of the platform serves one registry, but there are "
                    + byId.keySet());
        }
        return byId.values().iterator().next();
    }

    /** What a registry owns alone: its course diagram and its forms' files. */
    private static Stream<String> owned(RegistryDefinitions registry) {
        return Stream.concat(Stream.of("diagram " + registry.courseProcess()), Stream.concat(
                registry.clinicianForms().stream().map(f -> "form " + f.formId()),
                registry.patientForms().stream().map(f -> "form " + f.formId())));
    }
}
