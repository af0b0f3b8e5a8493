package no.smertereg.eprom;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.smertereg.forms.PatientFormEntry;
import no.smertereg.forms.RegistryDefinitions;

/** The patient forms of a course, from the patient-form pathways its diagram calls (RegistryDefinitions). */
@Component
public class PatientFormTypes {

    static final String HADS_SCORING = "hads";

    private final RegistryDefinitions definitions;
    private final List<PatientFormEntry> entries;
    private final List<PatientFormType> all;

    PatientFormTypes(RegistryDefinitions definitions) {
        this.definitions = definitions;
        this.entries = definitions.patientForms();
        this.all = entries.stream().map(PatientFormTypes::type).toList();
    }

    /** Every patient form, in the diagram's order. */
    public List<PatientFormType> all() {
        return all;
    }

    public Optional<PatientFormType> find(String code) {
        return all.stream().filter(t -> t.code().equalsIgnoreCase(code)).findFirst();
    }

    /**
     * The form of a process variable or stored code: one the diagram calls, or one it no longer calls (with its
     * default file), so the courses that have it still show and export it.
     */
    public PatientFormType of(String code) {
        return find(code).orElseGet(() -> new PatientFormType(code, definitions.patientFormFile(code)));
    }

    /** Forms ordered when the course enters the national registry, before its end-date form (Pasreg, HADS). */
    List<PatientFormType> baseline() {
        return entries.stream().filter(PatientFormEntry::baseline).map(e -> of(e.code())).toList();
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
