package no.smertereg.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A registry's descriptor, {@code processes/<id>.registry.json} next to its diagrams (docs/registries.md): what
 * Java needs to know about a registry that its diagrams and forms do not say themselves.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryDescriptor(String id, String name, String nationalRule, LegalBasis legalBasis,
        Diagrams diagrams, Roles roles, Routing routing, Map<String, FormOverride> forms, String reports,
        String engineTenant, Indicators indicators, String patientName, String patientContact, String shortName,
        Descriptive descriptive) {

    /** {@code engineTenant}: the registry's instances keep the bare RESH id as their tenant (ADR 0017). */
    public static final String TENANT_UNIT = "unit";

    public RegistryDescriptor {
        forms = forms == null ? Map.of() : Map.copyOf(forms);
        if (id != null && !id.matches("[a-z]{2,20}")) {
            throw new IllegalStateException("Registry id " + id + " must be 2-20 lower-case letters a-z: it names the"
                    + " registry's engine tenants (id + RESH id, ADR 0017)");
        }
        if (engineTenant != null && !TENANT_UNIT.equals(engineTenant)) {
            throw new IllegalStateException("Registry " + id + ": engineTenant is \"" + TENANT_UNIT
                    + "\" or left out (the tenant is then the registry id + RESH id, ADR 0017)");
        }
        if (id == null || diagrams == null || diagrams.course() == null || roles == null
                || roles.courseType() == null || routing == null
                || routing.courseType() == null || routing.included() == null || routing.consent() == null) {
            throw new IllegalStateException("Registry descriptor " + id
                    + " lacks id, diagrams.course, roles or routing (courseType, included, consent)");
        }
    }

    /**
     * Consent-based until {@code reservationFrom}, reservation-based from it on (R1); without the date (or without
     * {@code legalBasis}) consent-based for good (N1).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LegalBasis(LocalDate reservationFrom) {
    }

    /**
     * Process ids: the course pathway, the correction of a finalised form, the patient-form pathway, and (optional)
     * the unit diagram, which the platform runs once per unit for the registry's duties there (NNRR's monthly
     * tidying and coverage count, its quarterly report).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Diagrams(String course, String correction, String patientForm, String unit) {
    }

    /**
     * The forms (by form id) and fields that play a role Java acts on: the course-type question, and the course's
     * named dates (patient forms are planned relative to them, ADR 0016). The date role {@code endDate} ends the
     * course: patient forms reachable after its form are follow-ups, not baseline. {@code booking}: the form and fields
     * a clerk (merkantil) may write; a registry without it has no clerks.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Roles(FieldRef courseType, Map<String, DateRole> dates, FieldRef endDate, Booking booking) {

        public static final String END_DATE = "endDate";

        public Roles {
            if (endDate != null) {
                throw new IllegalStateException("roles.endDate is now roles.dates.endDate (ADR 0016)");
            }
            dates = dates == null ? Map.of() : Map.copyOf(dates);
            dates.forEach((name, ref) -> {
                if (ref == null || ref.form() == null || ref.field() == null) {
                    throw new IllegalStateException("Date role " + name + " lacks form or field");
                }
            });
        }
    }

    /**
     * A course date: the form and field it is read from. {@code drafts}: a draft save that changes it moves what is
     * planned from it (NNRR's planned consultation, typed into a draft by the clerk); otherwise only a finalise does
     * (SmerteReg's end date, so a typo in a correction's draft sends nothing early).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DateRole(String form, String field, boolean drafts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldRef(String form, String field) {
    }

    /**
     * What a clerk (merkantil, N2) does with a course: creates it and saves a draft of {@code form} with these
     * {@code fields} only (the booking: referral and planned consultation dates), no clinical answer.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Booking(String form, List<String> fields) {

        public Booking {
            if (form == null || fields == null || fields.isEmpty()) {
                throw new IllegalStateException("roles.booking needs form and fields");
            }
            fields = List.copyOf(fields);
        }
    }

    /**
     * What the course-type form's answers decide, as FEEL over its fields: the course type (a number the course
     * diagram's gateway routes by), whether the inclusion criteria are met and whether consent was given. Which
     * registry (national or local) follows from these and the legal basis, the same for every registry (R1).
     * {@code atCreation}: the rules are applied to the empty form when the course is created, and again when the
     * course-type form is finalised (NNRR: the patient form, which carries its own consent, goes out before the
     * treater's form is finalised, ADR 0016); without it a course has no type until that finalise (SmerteReg's TO).
     * {@code referralDate} and {@code startDate}: the course-type form's fields the course records as its referral and
     * start dates (SmerteReg: HenvistDato, StartdatoTO; NNRR: HenvisningsDato, S1b_DateOfCompletion).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Routing(String courseType, String included, String consent, boolean atCreation, String referralDate,
            String startDate) {
    }

    /**
     * The report set the reports module shows for this registry ({@code reports} in the descriptor), or null: the
     * registry has no reports page yet.
     */
    public Optional<String> reportSet() {
        return Optional.ofNullable(reports);
    }

    /**
     * The registry's quality indicators as data ({@code indicators}, docs/registries.md): each a FEEL denominator and
     * numerator over the course's finalised clinician forms and answered patient forms, each form a context named by
     * its code ({@code BEHANDLER}, {@code PASIENT_FOR}: not a letter, digit or underscore becomes an underscore).
     * {@code minimum}: a unit's figure with a smaller denominator is not shown (default 5).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicators(Integer minimum, String courses, List<IndicatorRule> list) {

        public static final int DEFAULT_MINIMUM = 5;

        public Indicators {
            list = list == null ? List.of() : List.copyOf(list);
            if (courses != null && !"all".equals(courses) && !"finalised".equals(courses)) {
                throw new IllegalStateException("indicators.courses is \"all\" or \"finalised\", not " + courses);
            }
            if (list.stream().map(IndicatorRule::id).distinct().count() != list.size()) {
                throw new IllegalStateException("indicators: every indicator needs an id of its own");
            }
        }

        /** {@code "courses": "all"}: every course counts from its creation, not only those whose type form is final. */
        public boolean allCourses() {
            return "all".equals(courses);
        }

        public int minimumDenominator() {
            return minimum == null ? DEFAULT_MINIMUM : minimum;
        }
    }

    /**
     * One indicator: its id (the codebook's ind_id), label, target share in per cent (optional), and {@code after}: an
     * ISO period after the course's start date that gives the year it counts in (NNRR's follow-up indicators count
     * in the year of the 6-month form, {@code P6M}); without it the start date's year.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorRule(String id, String label, String after, String denominator, String numerator,
            Integer target) {

        public IndicatorRule {
            if (id == null || label == null || denominator == null || numerator == null) {
                throw new IllegalStateException("indicator " + id + " needs id, label, denominator and numerator");
            }
            if (after != null) {
                try {
                    java.time.Period.parse(after);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalStateException("indicator " + id + ": after is an ISO period such as P6M", e);
                }
            }
        }

        public java.time.Period offset() {
            return after == null ? java.time.Period.ZERO : java.time.Period.parse(after);
        }
    }

    /**
     * A descriptive table of the registry's courses ({@code descriptive}, docs/registries.md; OPR's demography): over
     * the courses for which {@code population} holds, each row either a {@code number} (answered, mean, range,
     * median) or an {@code answered} condition with a {@code count} or {@code categories} (each a count); shares are
     * of the whole population, as the annual report gives them. Besides the forms the FEEL sees {@code patientAge}
     * (whole years at the course's start) and {@code patientSex} (1 Mann, 2 Kvinne).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Descriptive(String label, String population, List<DescriptiveRow> rows) {

        public Descriptive {
            rows = rows == null ? List.of() : List.copyOf(rows);
            if (label == null || population == null || rows.isEmpty()) {
                throw new IllegalStateException("descriptive needs a label, a population and rows");
            }
        }

        /** Every expression in the order {@link DescriptiveRow#expressions()} gives them, the population first. */
        public List<String> expressions() {
            List<String> all = new java.util.ArrayList<>();
            all.add(population);
            rows.forEach(row -> all.addAll(row.expressions()));
            return all;
        }
    }

    /** One row of a descriptive table: a number, or a count (or categories) among those who answered. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DescriptiveRow(String label, String number, String answered, String count,
            List<DescriptiveCategory> categories) {

        public DescriptiveRow {
            categories = categories == null ? List.of() : List.copyOf(categories);
            boolean counted = answered != null && (count != null ^ !categories.isEmpty());
            if (label == null || (number == null) == !counted || (number != null && answered != null)) {
                throw new IllegalStateException("descriptive row " + label + " needs a label and either a number, "
                        + "or answered with a count or categories");
            }
        }

        /** The number's expression; else answered, then the count or each category's count. */
        public List<String> expressions() {
            if (number != null) {
                return List.of(number);
            }
            List<String> all = new java.util.ArrayList<>();
            all.add(answered);
            if (count != null) {
                all.add(count);
            }
            categories.forEach(c -> all.add(c.count()));
            return all;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DescriptiveCategory(String label, String count) {

        public DescriptiveCategory {
            if (label == null || count == null) {
                throw new IllegalStateException("descriptive category needs a label and a count");
            }
        }
    }

    /** What patients are told the registry is called, in notices and on the portal ({@code patientName}, else the name). */
    /** The name in the registry's page header ("NNRR"): {@code shortName}, else the id in capitals. */
    public String shortNameOrId() {
        return shortName == null || shortName.isBlank() ? id.toUpperCase(java.util.Locale.ROOT) : shortName;
    }

    public String patientNameOrName() {
        return patientName == null || patientName.isBlank() ? name : patientName;
    }

    /** The registry whose instances were tenanted by unit alone before there were two registries (ADR 0017). */
    public boolean unitTenanted() {
        return TENANT_UNIT.equals(engineTenant);
    }

    /** Optional, per form id: a code or label other than the defaults, paper entry, a scoring. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FormOverride(String code, String label, Boolean paper, String scoring) {
    }
}
