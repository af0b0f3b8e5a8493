package no.smertereg.patients;

import java.time.LocalDate;

/** What the population registry says about a person. Sex: 1 Mann, 2 Kvinne (codebook Kjonn). */
public record PersonRecord(String nationalId, String givenName, String familyName, int sex, LocalDate birthDate,
        boolean deceased, LocalDate dateOfDeath) {
}
