package no.smertereg.eprom;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.smertereg.forms.PatientFormEntry;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.NotFoundException;

/** The patient forms of a course, from the patient-form pathways its diagram calls (RegistryDefinitions). */
@Component
public class PatientFormTypes {

    static final String HADS_SCORING = "hads";

    private final List<PatientFormEntry> entries;
    private final List<PatientFormType> all;

    PatientFormTypes(RegistryDefinitions definitions) {
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

    /** The form of a process variable or stored code: one the diagram calls, or a broken invariant. */
    public PatientFormType of(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("No patient form " + code));
    }

    /** The form a URL names; 404 when the course diagram calls no such form. */
    PatientFormType parse(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("error.form.notFound", code));
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
