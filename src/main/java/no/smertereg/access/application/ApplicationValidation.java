package no.smertereg.access.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import no.smertereg.access.OrgUnit;
import no.smertereg.access.OrganisationService;
import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.RegistryDirectory;

/** Every field of an application checked at once: 400 names each field that is missing or wrong. */
final class ApplicationValidation {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,59}$");
    private static final Pattern MOBILE = Pattern.compile("^\\+?[0-9]{8,15}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int TEXT_MAX = 200;

    record Valid(Position position, HealthRegion region, Project project, String registryId) {
    }

    private ApplicationValidation() {
    }

    /** {@code fromAccount}: a logged-in user's application, whose username, name and mobile are the account's. */
    static Valid check(ApplicationRequest request, OrganisationService organisation, RegistryDirectory registries,
            boolean fromAccount) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            throw InvalidInputException.of("body", "error.body.unreadable");
        }
        if (!fromAccount) {
            String username = request.username() == null ? null
                    : request.username().trim().toLowerCase(Locale.ROOT);
            pattern(problems, "username", username, USERNAME, "error.application.username");
            text(problems, "fullName", request.fullName());
            pattern(problems, "mobile", normaliseMobile(request.mobile()), MOBILE, "error.application.mobile");
        }
        pattern(problems, "email", request.email() == null ? null : request.email().trim(), EMAIL,
                "error.application.email");
        if (request.email() != null && request.email().length() > TEXT_MAX) {
            problems.add(FieldProblem.of("email", "error.application.tooLong", TEXT_MAX));
        }
        Position position = choice(problems, "position", request.position(), Position.class);
        HealthRegion region = choice(problems, "region", request.region(), HealthRegion.class);
        Project project = choice(problems, "project", request.project(), Project.class);
        Optional<OrgUnit> unit = Optional.empty();
        if (blank(request.unitResh())) {
            problems.add(FieldProblem.of("unitResh", "error.field.required"));
        } else {
            unit = organisation.unit(request.unitResh().trim()).filter(u -> !u.isNational());
            if (unit.isEmpty()) {
                problems.add(FieldProblem.of("unitResh", "error.application.unit", request.unitResh().trim()));
            }
        }
        if (region != null && unit.isPresent() && unit.get().getHealthRegion() != null
                && !unit.get().getHealthRegion().equals(region.label())) {
            problems.add(FieldProblem.of("region", "error.application.region", unit.get().getHealthRegion()));
        }
        text(problems, "clinic", request.clinic());
        text(problems, "department", request.department());
        String registryId = registry(problems, request, registries);
        if (project == Project.BOOKING && registryId != null && !Boolean.TRUE.equals(request.itPersonnel())
                && !registries.books(registryId)) {
            problems.add(FieldProblem.of("project", "error.application.booking", registries.nameOf(registryId)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Valid(position, region, project, registryId);
    }

    /**
     * The registry asked for: the platform's for IT personnel; else named, or left out where the platform runs one
     * registry only. Null, with the problem added, when it is neither.
     */
    static String registry(List<FieldProblem> problems, ApplicationRequest request, RegistryDirectory registries) {
        if (Boolean.TRUE.equals(request.itPersonnel())) {
            return RegistryDirectory.PLATFORM;
        }
        String value = request.registry();
        if (blank(value)) {
            if (registries.names().size() == 1) {
                return registries.names().keySet().iterator().next();
            }
            problems.add(FieldProblem.of("registry", "error.field.required"));
            return null;
        }
        if (!registries.exists(value.trim())) {
            problems.add(FieldProblem.of("registry", "error.application.choice",
                    String.join(", ", registries.names().keySet())));
            return null;
        }
        return value.trim();
    }

    static String normaliseMobile(String mobile) {
        return mobile == null ? null : mobile.replaceAll("[\\s-]", "");
    }

    private static void pattern(List<FieldProblem> problems, String field, String value, Pattern pattern,
            String messageCode) {
        if (blank(value)) {
            problems.add(FieldProblem.of(field, "error.field.required"));
        } else if (!pattern.matcher(value).matches()) {
            problems.add(FieldProblem.of(field, messageCode));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value) {
        if (blank(value)) {
            problems.add(FieldProblem.of(field, "error.field.required"));
        } else if (value.trim().length() > TEXT_MAX) {
            problems.add(FieldProblem.of(field, "error.application.tooLong", TEXT_MAX));
        }
    }

    private static <E extends Enum<E>> E choice(List<FieldProblem> problems, String field, String value,
            Class<E> type) {
        if (blank(value)) {
            problems.add(FieldProblem.of(field, "error.field.required"));
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        problems.add(FieldProblem.of(field, "error.application.choice", String.join(", ", allowed)));
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
