package no.smertereg.forms;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.RegistryDirectory;

/**
 * Every registry the platform runs, one per descriptor {@code processes/**}{@code /*.registry.json}
 * (docs/registries.md, ADR 0013). Registries share login, units, patients, audit, outbox, portal and reports; each
 * owns its course diagram and the forms its diagram uses, so a registry id, a course diagram or a form file belongs to
 * one registry only. The shared pathways (correction, patient form) may be named by several. A form's code (and a
 * clinician form's label) names one form on the platform, so a stored code, a URL or a task tells its registry
 * without the course at hand (ADR 0013, step 3).
 */
@Component
public class Registries implements RegistryDirectory {

    /** The header's name where no registry is chosen (login, the platform's own pages). */
    static final String PLATFORM_BRAND = "SmerteReg";

    /** The longest form code the registry's tables hold (V25). */
    static final int MAX_CODE_LENGTH = 40;

    private final Map<String, RegistryDefinitions> byId = new LinkedHashMap<>();
    private final Map<String, RegistryDefinitions> byCode = new HashMap<>();

    @Autowired
    Registries(@Value("${registry.definitions-location:" + RegistryDefinitions.DEFAULT_LOCATION + "}") String location,
            ObjectMapper json, FormCatalogue catalogue) throws IOException {
        this(RegistryDefinitions.readAll(location, json, catalogue));
    }

    Registries(List<RegistryDefinitions> registries) {
        if (registries.isEmpty()) {
            throw new IllegalStateException("No registry descriptor (processes/<id>.registry.json) was found");
        }
        if (registries.stream().filter(r -> r.descriptor().unitTenanted()).count() > 1) {
            throw new IllegalStateException("Only one registry may keep the bare RESH id as its engine tenant "
                    + "(\"engineTenant\": \"unit\"); two would share every unit's tasks (ADR 0017)");
        }
        Map<String, String> owners = new HashMap<>();
        registries.stream().sorted(Comparator.comparing(r -> r.descriptor().id())).forEach(registry -> {
            String id = registry.descriptor().id();
            if (PLATFORM.equals(id)) {
                throw new IllegalStateException("A registry descriptor has the id " + PLATFORM
                        + ", which names the platform's own roles; give the registry another id");
            }
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
            names(registry).forEach(name -> {
                if (name.length() > MAX_CODE_LENGTH) {
                    throw new IllegalStateException("The form code " + name + " of registry " + id + " is longer than "
                            + MAX_CODE_LENGTH + " characters; give the form a shorter \"code\" in the descriptor");
                }
                RegistryDefinitions other = byCode.putIfAbsent(name, registry);
                if (other != null && other != registry) {
                    throw new IllegalStateException("The form code " + name + " is used by registry "
                            + other.descriptor().id() + " and by " + id + "; a form code names one form on the "
                            + "platform (give one of them a \"code\" in its descriptor's \"forms\")");
                }
            });
        });
    }

    @Override
    public Optional<String> unitTenanted() {
        return byId.values().stream().map(RegistryDefinitions::descriptor).filter(RegistryDescriptor::unitTenanted)
                .map(RegistryDescriptor::id).findFirst();
    }

    public static Registries read(String location, ObjectMapper json) throws IOException {
        return new Registries(RegistryDefinitions.readAll(location, json, new FormCatalogue(json, location)));
    }

    @Override
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        byId.forEach((id, registry) -> names.put(id, registry.descriptor().name()));
        return names;
    }

    @Override
    public boolean books(String registryId) {
        RegistryDefinitions registry = byId.get(registryId);
        return registry != null && registry.booking().isPresent();
    }

    /** The header's name for a session's registry; the platform's own name outside any registry. */
    public String brandOf(String registryId) {
        RegistryDefinitions registry = registryId == null ? null : byId.get(registryId);
        return registry == null ? PLATFORM_BRAND : registry.descriptor().shortNameOrId();
    }

    @Override
    public String patientNameOf(String registryId) {
        RegistryDefinitions registry = byId.get(registryId);
        return registry == null ? registryId : registry.descriptor().patientNameOrName();
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

    /** The clinician form a URL or a stored code names ("B11", "b11" and "B1.1" name B1.1), in its registry. */
    public Optional<FormKey> parse(String text) {
        RegistryDefinitions registry = byCode.get(text.toUpperCase(Locale.ROOT));
        return registry == null ? Optional.empty() : registry.parse(text);
    }

    /** The clinician form a URL names, or 404. */
    public FormKey requireForm(String text) {
        return parse(text).orElseThrow(() -> new NotFoundException("error.form.notFound", text));
    }

    public FormKey form(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("No clinician form " + code));
    }

    /** The clinician form of this {@code .form} file, in whichever registry's course diagram has it. */
    public Optional<FormKey> ofFormId(String formId) {
        return byId.values().stream().map(r -> r.ofFormId(formId)).flatMap(Optional::stream).findFirst();
    }

    /**
     * A stored form code: a course diagram's form, or a form no diagram has any more, read as its registry's
     * {@link RegistryDefinitions#stored(String)}, so courses that hold it still open and export.
     */
    public FormKey stored(String code) {
        return parse(code).orElseGet(() -> ownerOf(code).stored(code));
    }

    /** The patient form a course diagram calls by this code. */
    public Optional<PatientFormEntry> patientForm(String code) {
        return byId.values().stream().flatMap(r -> r.patientForms().stream()).filter(f -> f.code().equals(code))
                .findFirst();
    }

    /** A patient form's {@code .form} file by its code. */
    public String patientFormFile(String code) {
        return ownerOf(code).patientFormFile(code);
    }

    /** The registry a clinician form belongs to. */
    public RegistryDefinitions of(FormKey form) {
        return ownerOf(form.code());
    }

    /** Whether this process id is a registry's course diagram. */
    public boolean isCourseProcess(String processKey) {
        return ofCourseProcess(processKey).isPresent();
    }

    /** Whether this process id is the correction pathway a registry names. */
    public boolean isCorrectionProcess(String processKey) {
        return byId.values().stream().anyMatch(r -> r.correctionProcess().equals(processKey));
    }

    /** The forms of one course in their diagram's order (a course's forms belong to one registry). */
    public Comparator<FormKey> order() {
        return Comparator.comparing((FormKey form) -> of(form).descriptor().id())
                .thenComparing((a, b) -> of(a).order().compare(a, b));
    }

    /** The registry whose code this is; for a code no diagram uses any more, the registry that has its file. */
    private RegistryDefinitions ownerOf(String code) {
        RegistryDefinitions registry = byCode.get(code.toUpperCase(Locale.ROOT));
        if (registry != null) {
            return registry;
        }
        return byId.values().stream().filter(r -> r.hasFileFor(code)).findFirst()
                .orElse(byId.values().iterator().next());
    }

    /** The codes, and clinician forms' labels, a registry's forms answer to (upper case, as they are compared). */
    private static Stream<String> names(RegistryDefinitions registry) {
        return Stream.concat(
                registry.clinicianForms().stream().flatMap(f -> Stream.of(f.code(), f.label())).distinct(),
                registry.patientForms().stream().map(PatientFormEntry::code))
                .map(name -> name.toUpperCase(Locale.ROOT));
    }

    /** What a registry owns alone: its course diagram and its forms' files. */
    private static Stream<String> owned(RegistryDefinitions registry) {
        return Stream.concat(Stream.of("diagram " + registry.courseProcess()), Stream.concat(
                registry.clinicianForms().stream().map(f -> "form " + f.formId()),
                registry.patientForms().stream().map(f -> "form " + f.formId()))).distinct();
    }
}
