package no.smertereg.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import no.smertereg.forms.RegistryDescriptor.DateRole;
import no.smertereg.forms.RegistryDescriptor.FormOverride;
import no.smertereg.forms.RegistryDescriptor.Roles;
import no.smertereg.shared.NotFoundException;

/**
 * One registry as its files declare it (docs/registries.md): its descriptor {@code processes/<id>.registry.json},
 * its course diagram's user tasks (the clinician forms) and its calls of the patient-form pathway (the patient
 * forms). {@link Registries} reads every registry from {@code registry.definitions-location}, the same place the
 * engine deploys from. No form is listed in Java; a user task or call whose {@code .form} file is missing stops the
 * application at start.
 */
public class RegistryDefinitions {

    public static final String DEFAULT_LOCATION = "classpath*:";

    private final RegistryDescriptor descriptor;
    private final CourseDiagram course;
    private final List<FormKey> clinicianForms;
    private final List<PatientFormEntry> patientForms;
    private final Optional<BookingFields> booking;
    private final Map<Integer, List<FormKey>> byCourseType = new ConcurrentHashMap<>();
    private final FormCatalogue catalogue;

    RegistryDefinitions(RegistryDescriptor descriptor, CourseDiagram course, FormCatalogue catalogue) {
        this.descriptor = descriptor;
        this.course = course;
        this.catalogue = catalogue;
        clinicianForms = clinicianForms(catalogue);
        requireDateFields(catalogue);
        patientForms = patientForms(catalogue);
        booking = Optional.ofNullable(descriptor.roles().booking())
                .map(b -> new BookingFields(byFormId(b.form()), Set.copyOf(b.fields())));
    }

    /** Every registry whose descriptor lies under {@code location}, each with its course diagram and forms. */
    static List<RegistryDefinitions> readAll(String location, ObjectMapper json, FormCatalogue catalogue)
            throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<RegistryDefinitions> registries = new ArrayList<>();
        for (Resource resource : resolver.getResources(location + "processes/**/*.registry.json")) {
            RegistryDescriptor descriptor;
            try (InputStream in = resource.getInputStream()) {
                descriptor = json.readValue(in, RegistryDescriptor.class);
            }
            registries.add(new RegistryDefinitions(descriptor,
                    diagram(resolver, location, descriptor.diagrams().course()), catalogue));
        }
        return registries;
    }

    /** One registry of those under {@code location} (tests and tools). */
    public static RegistryDefinitions read(String location, ObjectMapper json, String registryId)
            throws IOException {
        return Registries.read(location, json).of(registryId);
    }

    /**
     * The registry has the patients' reservation right (R1-R2: a legal basis that turns reservation-based on a date);
     * a reservation keeps only such a registry's courses out of the national registry. Consent-based registries
     * (NNRR, N1) are not touched by it.
     */
    public boolean hasReservationRight() {
        return descriptor.legalBasis() != null && descriptor.legalBasis().reservationFrom() != null;
    }

    public RegistryDescriptor descriptor() {
        return descriptor;
    }

    /** The course's clinician forms in the diagram's order, the form that decides the course type first. */
    public List<FormKey> clinicianForms() {
        return clinicianForms;
    }

    /** The clinician forms a course of this type has: the user tasks its path through the diagram reaches. */
    public List<FormKey> formsOfCourseType(int courseType) {
        return byCourseType.computeIfAbsent(courseType, type -> {
            Set<String> reached = course.formsOfCourseType(type);
            return clinicianForms.stream().filter(f -> reached.contains(f.formId())).toList();
        });
    }

    /** "B11", "b11" and "B1.1" all name B1.1. */
    public Optional<FormKey> parse(String text) {
        return clinicianForms.stream()
                .filter(k -> k.code().equalsIgnoreCase(text) || k.label().equalsIgnoreCase(text)).findFirst();
    }

    /** The form a URL names, or 404. */
    public FormKey requireForm(String text) {
        return parse(text).orElseThrow(() -> new NotFoundException("error.form.notFound", text));
    }

    public Optional<FormKey> ofFormId(String formId) {
        return clinicianForms.stream().filter(k -> k.formId().equals(formId)).findFirst();
    }

    public FormKey form(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("No clinician form " + code));
    }

    /**
     * A stored form code: the diagram's form, or, for a form the newest diagram no longer has, the form as it was
     * (its default file, the code as its label), so courses that hold it still open and export.
     */
    public FormKey stored(String code) {
        return parse(code).orElseGet(() -> new FormKey(code, formIdOf(code), code));
    }

    /** Whether a code no diagram uses any more is one of this registry's: its descriptor or its form files name it. */
    boolean hasFileFor(String code) {
        return catalogue.find(formIdOf(code)).isPresent();
    }

    /** A patient form's {@code .form} file by its code (its default file when the diagram no longer calls it). */
    public String patientFormFile(String code) {
        return patientForms.stream().filter(f -> f.code().equals(code)).map(PatientFormEntry::formId).findFirst()
                .orElse(formIdOf(code));
    }

    /** The FEEL of the course diagram's {@code ${eprom.holds(execution, '…')}} conditions. */
    public List<String> holdsExpressions() {
        return course.holdsExpressions();
    }

    /** The form whose answers decide the course type and registry (TO). */
    public FormKey courseTypeForm() {
        return byFormId(descriptor.roles().courseType().form());
    }

    /** The form that ends the course (B2.2), when the registry names an {@code endDate} date role. */
    public Optional<FormKey> endDateForm() {
        return dateRole(Roles.END_DATE).map(ref -> byFormId(ref.form()));
    }

    /** The clerk's form and fields (N2), when the registry has clerks. */
    public Optional<BookingFields> booking() {
        return booking;
    }

    /** The course's named dates (ADR 0016): the form and field each is read from. */
    public Map<String, DateRole> dateRoles() {
        return descriptor.roles().dates();
    }

    public Optional<DateRole> dateRole(String name) {
        return Optional.ofNullable(descriptor.roles().dates().get(name));
    }

    /** The patient forms in the order a course orders them: baseline forms first, in the diagram's order. */
    public List<PatientFormEntry> patientForms() {
        return patientForms;
    }

    public String courseProcess() {
        return descriptor.diagrams().course();
    }

    public String correctionProcess() {
        return descriptor.diagrams().correction();
    }

    /** The position of a form in {@link #clinicianForms()}, for sorting. */
    public Comparator<FormKey> order() {
        return Comparator.comparingInt(clinicianForms::indexOf);
    }

    private FormKey byFormId(String formId) {
        return ofFormId(formId).orElseThrow(() -> new IllegalStateException("The descriptor names " + formId
                + ", which is no user task of " + courseProcess()));
    }

    private List<FormKey> clinicianForms(FormCatalogue catalogue) {
        List<FormKey> forms = new ArrayList<>();
        for (String formId : course.userTaskForms()) {
            requireFile(catalogue, formId);
            FormOverride o = override(formId);
            String code = o.code() != null ? o.code() : defaultCode(formId);
            forms.add(new FormKey(code, formId, o.label() != null ? o.label() : code));
        }
        String typeForm = descriptor.roles().courseType().form();
        forms.sort(Comparator.comparing(f -> !f.formId().equals(typeForm)));
        return List.copyOf(forms);
    }

    private List<PatientFormEntry> patientForms(FormCatalogue catalogue) {
        String patientForm = descriptor.diagrams().patientForm();
        Set<String> afterEnd = dateRole(Roles.END_DATE).map(ref -> course.reachableAfterForm(ref.form()))
                .orElse(Set.of());
        List<PatientFormEntry> entries = new ArrayList<>();
        course.patientFormCalls(patientForm).forEach((code, callId) -> {
            Map<String, String> inputs = course.literalInputs(callId);
            String formId = inputs.getOrDefault(PatientFormEntry.FORM_FILE, formIdOf(code));
            requireFile(catalogue, formId);
            FormOverride o = override(formId);
            requireKnownSchedule(callId, inputs);
            entries.add(new PatientFormEntry(code, formId, !afterEnd.contains(callId), !Boolean.FALSE.equals(o.paper()),
                    o.scoring(), inputs));
        });
        entries.sort(Comparator.comparing(e -> !e.baseline()));
        return List.copyOf(entries);
    }

    /**
     * Each date role's form is a user task of the course diagram, and its field a field of that form's file; the
     * routing's referral and start dates are fields of the course-type form.
     */
    private void requireDateFields(FormCatalogue catalogue) {
        dateRoles().forEach((name, role) -> {
            FormKey form = byFormId(role.form());
            if (catalogue.get(form).field(role.field()).isEmpty()) {
                throw new IllegalStateException("Date role " + name + " names field " + role.field() + ", which "
                        + role.form() + ".form does not have");
            }
        });
        if (descriptor.roles().booking() != null) {
            RegistryDescriptor.Booking booking = descriptor.roles().booking();
            FormKey form = byFormId(booking.form());
            booking.fields().stream().filter(f -> catalogue.get(form).field(f).isEmpty()).findFirst()
                    .ifPresent(f -> {
                        throw new IllegalStateException("roles.booking names field " + f + ", which " + booking.form()
                                + ".form does not have");
                    });
        }
        RegistryDescriptor.Routing routing = descriptor.routing();
        for (String field : java.util.Arrays.asList(routing.referralDate(), routing.startDate())) {
            if (field != null && catalogue.get(courseTypeForm()).field(field).isEmpty()) {
                throw new IllegalStateException("routing names the date field " + field + ", which the course-type form "
                        + courseTypeForm().formId() + ".form does not have");
            }
        }
    }

    /**
     * A call planned from a course date must name one of the descriptor's date roles and give its offset as an ISO
     * period, or the application does not start (an analyst's typo would otherwise send nothing, or at the wrong time).
     */
    private void requireKnownSchedule(String callId, Map<String, String> inputs) {
        String relativeTo = inputs.get(PatientFormEntry.SEND_RELATIVE_TO);
        if (relativeTo == null && inputs.containsKey(PatientFormEntry.SEND_AFTER_END_DATE)) {
            relativeTo = Roles.END_DATE;
        }
        if (relativeTo != null && !dateRoles().containsKey(relativeTo)) {
            throw new IllegalStateException(courseProcess() + " call " + callId + " plans from date role "
                    + relativeTo + ", which " + descriptor.id() + ".registry.json does not declare under roles.dates");
        }
        if (inputs.containsKey(PatientFormEntry.SEND_OFFSET) && !inputs.containsKey(PatientFormEntry.SEND_RELATIVE_TO)) {
            throw new IllegalStateException(courseProcess() + " call " + callId
                    + " gives sendOffset without sendRelativeTo (the date role it is counted from)");
        }
        for (String period : new String[] {PatientFormEntry.SEND_OFFSET, PatientFormEntry.SEND_AFTER_END_DATE}) {
            if (inputs.containsKey(period)) {
                try {
                    java.time.Period.parse(inputs.get(period));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalStateException(courseProcess() + " call " + callId + " gives " + period + " "
                            + inputs.get(period) + ", which is no ISO period (P28D, -P16D)", e);
                }
            }
        }
    }

    private String defaultCode(String formId) {
        String prefix = descriptor.id() + "-";
        return (formId.startsWith(prefix) ? formId.substring(prefix.length()) : formId).toUpperCase(Locale.ROOT);
    }

    private String formIdOf(String code) {
        return descriptor.forms().entrySet().stream().filter(e -> code.equals(e.getValue().code()))
                .map(Map.Entry::getKey).findFirst()
                .orElse(descriptor.id() + "-" + code.toLowerCase(Locale.ROOT));
    }

    private FormOverride override(String formId) {
        return descriptor.forms().getOrDefault(formId, new FormOverride(null, null, null, null));
    }

    private void requireFile(FormCatalogue catalogue, String formId) {
        if (catalogue.find(formId).isEmpty()) {
            throw new IllegalStateException(courseProcess() + " uses form " + formId + ", which has no .form file");
        }
    }

    private static CourseDiagram diagram(PathMatchingResourcePatternResolver resolver, String location,
            String processId) throws IOException {
        Map<String, CourseDiagram> found = new LinkedHashMap<>();
        for (Resource resource : resolver.getResources(location + "processes/**/*.bpmn")) {
            try (InputStream in = resource.getInputStream()) {
                CourseDiagram.read(in, processId).ifPresent(d -> found.put(processId, d));
            }
        }
        if (!found.containsKey(processId)) {
            throw new IllegalStateException("No diagram with process id " + processId + " under " + location);
        }
        return found.get(processId);
    }
}
