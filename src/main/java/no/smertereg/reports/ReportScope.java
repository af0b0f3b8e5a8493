package no.smertereg.reports;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.shared.ForbiddenException;

/**
 * Whose courses a user's report covers: LU and LC their unit's (local registry, every course of the unit), SC the
 * national registry (every unit's national courses, a line per hospital), a report reader their unit's figures
 * without the patient-level export. Anyone else is refused. {@code mayExport} is patient-level access: a scope
 * without it gets ADR 0009's suppression, whatever role gave it. The reports are the session's registry's (ADR 0013):
 * its courses only, and only when its descriptor names the report set this module shows.
 */
record ReportScope(String registryId, boolean national, String unitResh, boolean mayExport) {

    /** The report set this module shows (the descriptor's {@code reports}): SmerteReg's codebook indicators. */
    static final String SMERTEREG_REPORT_SET = "smertereg";

    ReportScope {
        if (national && !mayExport) {
            // Hospitals would be parts of the national total (rule 3 per indicator) and the Snitt a mean that
            // includes small hospitals: not built, see ADR 0009.
            throw new IllegalArgumentException("No national report without patient-level access");
        }
    }

    /**
     * The scope for this user in the session's registry, whose descriptor names {@code reportSet} (empty: none, or
     * no such registry); {@code requestedUnit} chooses among a user's units or, for SC, one hospital.
     */
    static ReportScope of(RegistryUser user, Optional<String> reportSet, String requestedUnit) {
        return of(user, reportSet.filter(SMERTEREG_REPORT_SET::equals).isPresent(), requestedUnit);
    }

    /** As above, for a registry that has reports of some kind ({@code hasReports}) or none. */
    static ReportScope of(RegistryUser user, boolean hasReports, String requestedUnit) {
        if (!hasReports) {
            throw new ForbiddenException("error.forbidden.reports");
        }
        String registry = user.registryId();
        Set<String> clinical = new TreeSet<>(user.unitsWith(Role.LU, Role.LC));
        if (!clinical.isEmpty()) {
            return new ReportScope(registry, false, chosen(clinical, requestedUnit), true);
        }
        if (user.hasRoleAnywhere(Role.SC)) {
            return new ReportScope(registry, true, blankToNull(requestedUnit), true);
        }
        Set<String> readers = new TreeSet<>(user.unitsWith(Role.REPORT_READER));
        if (!readers.isEmpty()) {
            return new ReportScope(registry, false, chosen(readers, requestedUnit), false);
        }
        throw new ForbiddenException("error.forbidden.reports");
    }

    /** The units whose report this user could choose (empty for SC, who filters by hospital instead). */
    static List<String> choices(RegistryUser user) {
        Set<String> clinical = new TreeSet<>(user.unitsWith(Role.LU, Role.LC));
        return List.copyOf(clinical.isEmpty() && !user.hasRoleAnywhere(Role.SC)
                ? new TreeSet<>(user.unitsWith(Role.REPORT_READER)) : clinical);
    }

    ReportScope requireExport() {
        if (!mayExport) {
            throw new ForbiddenException("error.forbidden.reportExport");
        }
        return this;
    }

    Variant variant() {
        return national ? Variant.NATIONAL : Variant.LOCAL;
    }

    private static String chosen(Set<String> units, String requested) {
        if (requested == null || requested.isBlank()) {
            return units.iterator().next();
        }
        if (!units.contains(requested)) {
            throw new ForbiddenException("error.forbidden.reports.unit", requested);
        }
        return requested;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
