package no.smertereg.access;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.RegistryClock;
import no.smertereg.shared.RegistryDirectory;

/**
 * Demo mode only: each registry's demo organisation ({@link #REGISTRIES}), for the registries the platform runs: its
 * units with departments and locations, one demo user per role per unit, and its users at the national unit. A unit
 * is the platform's, so a RESH in two registries' lists is one unit, whose users hold roles in their own registry.
 * Idempotent: runs at every start.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "registry.demo-mode", havingValue = "true")
class DemoOrganisationLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final String NATIONAL_RESH = "0";

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisationLoader.class);

    /** A unit and the part of its demo users' names after {@code lu.}, {@code lc.} and {@code rapport.}. */
    record DemoUnit(String resh, String name, String shortName, String login, String healthTrust, String region) {
    }

    /** A demo user at the national unit. */
    record NationalUser(String username, String displayName, Role role) {
    }

    /**
     * A registry's demo units and national users; its unit users' display names begin with {@code shownAs}. With
     * {@code clerks} each unit also has a clerk {@code merkantil.<unit>} (a registry that books courses, N2).
     */
    record DemoRegistry(String id, String shownAs, List<DemoUnit> units, List<NationalUser> national,
            boolean clerks) {
    }

    /** SmerteReg's hospital units (RESH ids from the registry's own report code). */
    static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("100089", "Akershus universitetssykehus", "Ahus", "ahus", "Akershus universitetssykehus HF", "Helse Sør-Øst"),
            new DemoUnit("100082", "Haukeland universitetssjukehus", "HUS", "haukeland", "Helse Bergen HF", "Helse Vest"),
            new DemoUnit("4214288", "Sykehuset Levanger", "Levanger", "levanger", "Helse Nord-Trøndelag HF", "Helse Midt-Norge"),
            new DemoUnit("4201115", "Helse Møre og Romsdal", "Møre og Romsdal", "moreromsdal", "Helse Møre og Romsdal HF", "Helse Midt-Norge"),
            new DemoUnit("4207789", "OUS Ullevål", "OUS Ullevål", "ullevaal", "Oslo universitetssykehus HF", "Helse Sør-Øst"),
            new DemoUnit("705758", "OUS Radiumhospitalet", "OUS Radium", "radium", "Oslo universitetssykehus HF", "Helse Sør-Øst"),
            new DemoUnit("705652", "OUS Rikshospitalet", "OUS Riks", "riks", "Oslo universitetssykehus HF", "Helse Sør-Øst"),
            new DemoUnit("100320", "St. Olavs hospital", "St. Olavs", "stolav", "St. Olavs hospital HF", "Helse Midt-Norge"),
            new DemoUnit("101719", "Universitetssykehuset Nord-Norge", "UNN", "unn", "Universitetssykehuset Nord-Norge HF", "Helse Nord"),
            new DemoUnit("4204083", "Vestre Viken", "Vestre Viken", "vestreviken", "Vestre Viken HF", "Helse Sør-Øst"),
            new DemoUnit("100084", "Helse Fonna", "Fonna", "fonna", "Helse Fonna HF", "Helse Vest"),
            new DemoUnit("100133", "Sørlandet sykehus", "Sørlandet", "sorlandet", "Sørlandet sykehus HF", "Helse Sør-Øst"),
            new DemoUnit("100083", "Stavanger universitetssjukehus", "Stavanger", "stavanger", "Helse Stavanger HF", "Helse Vest"));

    /**
     * NNRR's outpatient clinics: St. Olavs hospital's NNRR clinic (RESH from NNRR's users' manual; the same unit as
     * SmerteReg's St. Olavs hospital) and two made-up ones. Their users are named by RESH.
     */
    static final List<DemoUnit> NNRR_UNITS = List.of(
            new DemoUnit("100320", "St. Olavs hospital", "St. Olavs", "100320", "St. Olavs hospital HF", "Helse Midt-Norge"),
            new DemoUnit("108612", "Sykehuset Innlandet, nakke- og ryggpoliklinikken", "SI nakke/rygg", "108612", "Sykehuset Innlandet HF", "Helse Sør-Øst"),
            new DemoUnit("108624", "Nordlandssykehuset, nakke- og ryggpoliklinikken", "NLSH nakke/rygg", "108624", "Nordlandssykehuset HF", "Helse Nord"));

    /**
     * Clinics that run OPR's set-up (seeds/003): OUS's pain department and Sørlandet sykehus (the units SmerteReg's
     * demo has for them; OPR's share of each is a tenant of its own) and a made-up Sykehuset Telemark unit. Users by
     * RESH: {@code lu.4207789}; the secretary is {@code merkantil.<RESH>}, the daily leader {@code lc.<RESH>}.
     */
    static final List<DemoUnit> OPR_UNITS = List.of(
            new DemoUnit("4207789", "OUS Ullevål", "OUS Ullevål", "4207789", "Oslo universitetssykehus HF", "Helse Sør-Øst"),
            new DemoUnit("100133", "Sørlandet sykehus", "Sørlandet", "100133", "Sørlandet sykehus HF", "Helse Sør-Øst"),
            new DemoUnit("110301", "Sykehuset Telemark, smerteklinikken", "STHF smerte", "110301", "Sykehuset Telemark HF", "Helse Sør-Øst"));

    static final List<DemoRegistry> REGISTRIES = List.of(
            new DemoRegistry("smertereg", "Demo", UNITS, List.of(
                    new NationalUser("sc", "Demo SC (registerledelse)", Role.SC),
                    new NationalUser("admin", "Demo systemforvalter", Role.SYSTEM_MANAGER),
                    new NationalUser("sekretariat", "Demo sekretariat", Role.SECRETARIAT)), false),
            new DemoRegistry("nnrr", "Demo NNRR", NNRR_UNITS, List.of(
                    new NationalUser("sc.nnrr", "Demo NNRR SC (registerledelse)", Role.SC)), true),
            new DemoRegistry("opr", "Demo OPR", OPR_UNITS, List.of(
                    new NationalUser("sc.opr", "Demo OPR SC (daglig leder)", Role.SC),
                    new NationalUser("fagrad.opr", "Demo OPR fagråd", Role.COUNCIL)), true));

    private static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"Kirurgisk avdeling", "KIR"},
            new String[] {"Medisinsk avdeling", "MED"},
            new String[] {"Ortopedisk avdeling", "ORT"},
            new String[] {"Kreftavdelingen", "ONK"});

    private static final List<String[]> LOCATIONS = List.of(
            new String[] {"Hovedsykehuset", "HOVED"},
            new String[] {"Dagkirurgisk senter", "DAGKIR"});

    private final OrgUnitRepository units;
    private final DepartmentRepository departments;
    private final LocationRepository locations;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final RegistryClock clock;
    private final RegistryDirectory registries;

    DemoOrganisationLoader(OrgUnitRepository units, DepartmentRepository departments, LocationRepository locations,
            AppUserRepository users, PasswordEncoder passwords, RegistryClock clock, RegistryDirectory registries) {
        this.registries = registries;
        this.units = units;
        this.departments = departments;
        this.locations = locations;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!units.existsById(NATIONAL_RESH)) {
            units.save(new OrgUnit(NATIONAL_RESH, "SmerteReg nasjonalt", "Nasjonal", null, null, true));
        }
        String hash = passwords.encode(DEMO_PASSWORD);
        List<DemoRegistry> present = present(registries);
        for (DemoRegistry registry : present) {
            registry.units().forEach(unit -> unit(registry, unit, hash));
            registry.national().forEach(user -> demoUser(registry.id(), user.username(), user.displayName(),
                    NATIONAL_RESH, user.role(), hash));
        }
        log.info("Demo organisation ready: {}", present.stream().map(r -> r.id() + ": units "
                + r.units().stream().map(DemoUnit::login).collect(Collectors.joining(", "))
                + " (users lu.<unit>, lc.<unit>, rapport.<unit>" + (r.clerks() ? ", merkantil.<unit>" : "") + "), "
                + r.national().stream().map(NationalUser::username).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    /** The demo organisations of the registries the platform runs. */
    static List<DemoRegistry> present(RegistryDirectory registries) {
        return REGISTRIES.stream().filter(r -> registries.exists(r.id())).toList();
    }

    private void unit(DemoRegistry registry, DemoUnit unit, String hash) {
        if (!units.existsById(unit.resh())) {
            units.save(new OrgUnit(unit.resh(), unit.name(), unit.shortName(), unit.healthTrust(), unit.region(),
                    false));
        }
        DEPARTMENTS.forEach(d -> departments.findByUnitReshAndShortName(unit.resh(), d[1])
                .orElseGet(() -> departments.save(new Department(unit.resh(), d[0], d[1]))));
        LOCATIONS.forEach(l -> locations.findByUnitReshAndShortName(unit.resh(), l[1])
                .orElseGet(() -> locations.save(new Location(unit.resh(), l[0], l[1]))));
        String shown = registry.shownAs();
        demoUser(registry.id(), "lu." + unit.login(), shown + " LU " + unit.shortName(), unit.resh(), Role.LU, hash);
        demoUser(registry.id(), "lc." + unit.login(), shown + " LC " + unit.shortName(), unit.resh(), Role.LC, hash,
                Role.USER_ADMIN);
        demoUser(registry.id(), "rapport." + unit.login(), shown + " rapportleser " + unit.shortName(), unit.resh(),
                Role.REPORT_READER, hash);
        if (registry.clerks()) {
            demoUser(registry.id(), "merkantil." + unit.login(), shown + " merkantil " + unit.shortName(),
                    unit.resh(), Role.CLERK, hash);
        }
    }

    /** In the demo, the user administrator of each unit is its LC (as in every HF but Helse Bergen). */
    private void demoUser(String registry, String username, String displayName, String unitResh, Role role,
            String hash, Role... moreRoles) {
        AppUser user = users.findByUsername(username).orElse(null);
        if (user == null) {
            user = new AppUser(username, displayName, hash, demoMobile(), username + "@demo.smertereg.invalid",
                    clock.now());
        } else if (user.getMobile() == null) {
            user.changeMobile(demoMobile());
        }
        user.grant(registry, unitResh, role);
        for (Role more : moreRoles) {
            user.grant(registry, unitResh, more);
        }
        users.save(user);
    }

    /** Demo numbers: the demo sends no SMS, the codes are read from the outbox. */
    private String demoMobile() {
        return "+47 400 00 " + String.format("%03d", users.count() + 1);
    }
}
