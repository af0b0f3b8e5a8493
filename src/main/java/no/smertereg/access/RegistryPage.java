package no.smertereg.access;

import static no.smertereg.access.Role.CLERK;
import static no.smertereg.access.Role.COUNCIL;
import static no.smertereg.access.Role.LC;
import static no.smertereg.access.Role.LU;
import static no.smertereg.access.Role.REPORT_READER;
import static no.smertereg.access.Role.SC;
import static no.smertereg.access.Role.SECRETARIAT;
import static no.smertereg.access.Role.SYSTEM_MANAGER;
import static no.smertereg.access.Role.USER_ADMIN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The pages a role may open (docs/permissions.md, the endpoint and webapp tables), for the header and the start
 * page. A page is in the header's bar for the roles whose daily work it is ({@code main}), under "Mer" for the roles
 * that may open it but seldom need it ({@code more}). Its label is the message {@code nav.<key>}, its one-line
 * explanation on the start page {@code start.<key>}; {@code key} is also the name the pages give the header to
 * mark the page they are.
 */
public enum RegistryPage {

    WORKLIST("worklist", "/arbeidsliste", EnumSet.of(LU, LC, SC, CLERK), EnumSet.noneOf(Role.class)),
    REGISTRATION("registration", "/registrering", EnumSet.of(LU, LC, CLERK), EnumSet.of(SC)),
    PATIENT_FORMS("patientForms", "/pasientregistreringer", EnumSet.of(LU, LC, SC, CLERK), EnumSet.noneOf(Role.class)),
    RESERVATIONS("reservations", "/reservasjoner", EnumSet.of(SECRETARIAT), EnumSet.of(SC)),
    PATIENT_RIGHTS("patientRights", "/pasientrettigheter", EnumSet.of(SECRETARIAT), EnumSet.of(SC)),
    REPORTS("reports", "/rapporter", EnumSet.of(LU, LC, SC, REPORT_READER), EnumSet.noneOf(Role.class)),
    DATA_REQUESTS("dataRequests", "/utleveringer", EnumSet.of(COUNCIL), EnumSet.of(SC)),
    USERS("users", "/brukere", EnumSet.of(USER_ADMIN, LC, SC, SYSTEM_MANAGER), EnumSet.noneOf(Role.class)),
    AUDIT("audit", "/revisjon", EnumSet.noneOf(Role.class), EnumSet.of(LC, SC)),
    MIGRATION("migration", "/prosessversjoner", EnumSet.of(SYSTEM_MANAGER), EnumSet.noneOf(Role.class)),
    TASKLIST("camundaTasklist", "/camunda/app/tasklist/", EnumSet.noneOf(Role.class),
            EnumSet.of(LU, LC, SC, USER_ADMIN, SYSTEM_MANAGER)),
    COCKPIT("cockpit", "/camunda/app/cockpit/", EnumSet.of(LC, SYSTEM_MANAGER), EnumSet.noneOf(Role.class)),
    CAMUNDA_ADMIN("camundaAdmin", "/camunda/app/admin/", EnumSet.noneOf(Role.class), EnumSet.of(SYSTEM_MANAGER)),
    COVERAGE("coverage", "/dekningsgrad", EnumSet.noneOf(Role.class), EnumSet.of(LC)),
    FILES("files", "/registerfiler", EnumSet.noneOf(Role.class), EnumSet.allOf(Role.class)),
    API("api", "/swagger-ui/index.html", EnumSet.noneOf(Role.class), EnumSet.allOf(Role.class));

    private final String key;
    private final String path;
    private final Set<Role> main;
    private final Set<Role> more;

    RegistryPage(String key, String path, Set<Role> main, Set<Role> more) {
        this.key = key;
        this.path = path;
        this.main = main;
        this.more = more;
    }

    public String key() {
        return key;
    }

    public String path() {
        return path;
    }

    /** A Camunda webapp or the API's Swagger UI, not one of the registry's own pages. */
    public boolean external() {
        return path.startsWith("/camunda/") || path.startsWith("/swagger-ui/");
    }

    boolean isMainFor(Set<Role> roles) {
        return roles.stream().anyMatch(main::contains);
    }

    boolean mayOpen(Set<Role> roles) {
        return isMainFor(roles) || roles.stream().anyMatch(more::contains);
    }
}
