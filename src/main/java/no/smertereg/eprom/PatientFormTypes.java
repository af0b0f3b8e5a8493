package no.smertereg.eprom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.smertereg.forms.PatientFormEntry;
import no.smertereg.forms.Registries;

/**
 * The patient forms of the registries, from the patient-form pathways their course diagrams call. A patient form's
 * code names one form on the platform ({@link Registries}); a course has its own registry's forms.
 */
@Component
public class PatientFormTypes {

    static final String HADS_SCORING = "hads";

    private final Registries registries;
    private final List<PatientFormEntry> entries;
    private final List<PatientFormType> all;
    private final Map<String, List<PatientFormType>> byRegistry = new HashMap<>();

    PatientFormTypes(Registries registries) {
        this.registries = registries;
        this.entries = registries.all().stream().flatMap(r -> r.patientForms().stream()).toList();
        this.all = entries.stream().map(PatientFormTypes::type).toList();
        registries.all().forEach(r -> byRegistry.put(r.descriptor().id(),
                r.patientForms().stream().map(e -> of(e.code())).toList()));
    }

    /** Every patient form of every registry, each registry's in its diagram's order. */
    public List<PatientFormType> all() {
        return all;
    }

    /** A registry's patient forms, in its diagram's order: the forms a course of that registry has. */
    public List<PatientFormType> ofRegistry(String registryId) {
        List<PatientFormType> types = byRegistry.get(registryId);
        if (types == null) {
            throw new IllegalArgumentException("No registry " + registryId);
        }
        return types;
    }

    public Optional<PatientFormType> find(String code) {
        return all.stream().filter(t -> t.code().equalsIgnoreCase(code)).findFirst();
    }

    /**
     * The form of a process variable or stored code: one a diagram calls, or one it no longer calls (with its
     * default file), so the courses that have it still show and export it.
     */
    public PatientFormType of(String code) {
        return find(code).orElseGet(() -> new PatientFormType(code, registries.patientFormFile(code)));
    }

    /** A form ordered when the course enters the national registry, before its end-date form (Pasreg, HADS). */
    boolean isBaseline(PatientFormType type) {
        return entries.stream().anyMatch(e -> e.code().equals(type.code()) && e.baseline());
    }

    /** Forms the unit may enter from a paper copy. */
    List<PatientFormType> onPaper() {
        return entries.stream().filter(PatientFormEntry::onPaper).map(e -> of(e.code())).toList();
    }

    boolean scoredAsHads(PatientFormType type) {
        return entries.stream().anyMatch(e -> e.code().equals(type.code()) && HADS_SCORING.equals(e.scoring()));
    }

    static PatientFormType type(PatientFormEntry entry) {
        return new PatientFormType(entry.code(), entry.formId());
    }
}
