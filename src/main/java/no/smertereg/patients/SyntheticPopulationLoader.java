package no.smertereg.patients;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Random;

import no.bekk.bekkopen.person.Fodselsnummer;
import no.bekk.bekkopen.person.FodselsnummerCalculator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: a few hundred synthetic persons (synthetic identity numbers: month + 80) in the synthetic
 * population registry, {@code registry.synthetic-population} of them (300; the integration tests use more).
 * Deterministic, so the same numbers exist on every machine (a larger population starts with the same persons);
 * idempotent.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "registry.demo-mode", havingValue = "true")
class SyntheticPopulationLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticPopulationLoader.class);
    private static final List<String> WOMEN = List.of("Anne", "Kari", "Ingrid", "Marit", "Liv", "Nora", "Emma",
            "Sofie", "Hilde", "Randi", "Solveig", "Astrid", "Ida", "Maja", "Tone", "Berit");
    private static final List<String> MEN = List.of("Ole", "Lars", "Per", "Jan", "Knut", "Arne", "Jakob",
            "Emil", "Magnus", "Henrik", "Odd", "Tor", "Bjørn", "Kjell", "Sindre", "Håkon");
    private static final List<String> FAMILY = List.of("Hansen", "Johansen", "Olsen", "Larsen", "Andersen",
            "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg",
            "Haugen", "Hagen", "Lie", "Dahl", "Strand", "Bakken", "Solberg", "Aas", "Ødegård", "Sæther");

    private final SyntheticPersonRepository persons;
    private final int population;

    /** Takes {@link NationalIds}, which switches synthetic numbers on in demo mode, so that it exists first. */
    SyntheticPopulationLoader(SyntheticPersonRepository persons, NationalIds demoModeNationalIds,
            @Value("${registry.synthetic-population:300}") int population) {
        this.persons = persons;
        this.population = population;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (persons.count() >= population) {
            return;
        }
        generate(population).stream().filter(p -> !persons.existsById(p.nationalId()))
                .forEach(p -> persons.save(new SyntheticPerson(p)));
        log.info("Synthetic population registry ready: {} persons", persons.count());
    }

    static List<PersonRecord> generate(int count) {
        Random random = new Random(20261123L);
        LocalDate first = LocalDate.of(1935, 1, 1);
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
            LocalDate birth = first.plusDays(random.nextInt(80 * 365));
            List<Fodselsnummer> candidates = FodselsnummerCalculator.getManySyntheticFodselsnummerForDate(
                    Date.from(birth.atStartOfDay(ZoneId.systemDefault()).toInstant()));
            Fodselsnummer number = candidates.get(random.nextInt(candidates.size()));
            boolean female = number.isFemale();
            String given = (female ? WOMEN : MEN).get(random.nextInt(WOMEN.size()));
            String family = FAMILY.get(random.nextInt(FAMILY.size()));
            boolean deceased = i % 37 == 36;
            LocalDate death = deceased ? LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)) : null;
            return new PersonRecord(number.toString(), given, family, female ? 2 : 1, birth, deceased, death);
        }).toList();
    }
}
