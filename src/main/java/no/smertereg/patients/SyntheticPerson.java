package no.smertereg.patients;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A person of the synthetic population registry (demo and tests). */
@Entity
class SyntheticPerson {

    @Id
    private String nationalId;
    private String givenName;
    private String familyName;
    private int sex;
    private LocalDate birthDate;
    private boolean deceased;
    private LocalDate dateOfDeath;

    protected SyntheticPerson() {
    }

    SyntheticPerson(PersonRecord person) {
        this.nationalId = person.nationalId();
        this.givenName = person.givenName();
        this.familyName = person.familyName();
        this.sex = person.sex();
        this.birthDate = person.birthDate();
        this.deceased = person.deceased();
        this.dateOfDeath = person.dateOfDeath();
    }

    PersonRecord toRecord() {
        return new PersonRecord(nationalId, givenName, familyName, sex, birthDate, deceased, dateOfDeath);
    }
}
