package no.smertereg.patients;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person as a clinician sees them when registering: the PID when already a registry patient, otherwise null.
 * Sex: 1 Mann, 2 Kvinne. Icon: WOMAN, MAN or CHILD (under 18), as in the worklist.
 */
public record PersonView(Long pid, String nationalId, String givenName, String familyName, int sex,
        LocalDate birthDate, boolean deceased, LocalDate dateOfDeath, boolean inRegistry) {

    public String icon(LocalDate today) {
        if (Period.between(birthDate, today).getYears() < 18) {
            return "CHILD";
        }
        return sex == 2 ? "WOMAN" : "MAN";
    }

    static PersonView of(Patient p) {
        return new PersonView(p.getPid(), p.getNationalId(), p.getGivenName(), p.getFamilyName(), p.getSex(),
                p.getBirthDate(), p.isDeceased(), p.getDateOfDeath(), true);
    }

    static PersonView of(PersonRecord r) {
        return new PersonView(null, r.nationalId(), r.givenName(), r.familyName(), r.sex(), r.birthDate(),
                r.deceased(), r.dateOfDeath(), false);
    }
}
