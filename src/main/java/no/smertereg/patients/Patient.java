package no.smertereg.patients;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A patient of the registry. The PID is the patient's id in exports, notifications and process history; the
 * identity number stays in this table.
 */
@Entity
public class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long pid;
    private String nationalId;
    private String givenName;
    private String familyName;
    private int sex;
    private LocalDate birthDate;
    private boolean deceased;
    private LocalDate dateOfDeath;
    private String phone;
    private String email;
    private String notificationChannel;
    private Integer addressType;
    private String contactChangedBy;
    private Instant contactChangedAt;
    private Instant populationCheckedAt;
    private Instant createdAt;
    private boolean reserved;
    private LocalDate reservedOn;
    @Version
    private long version;

    protected Patient() {
    }

    Patient(PersonRecord person, Instant now) {
        this.nationalId = person.nationalId();
        this.createdAt = now;
        refresh(person, now);
    }

    /** S1: name, sex, birth date and death follow the population registry; an unchanged person is not written. */
    /** Returns true when this refresh is the first to report the patient dead. */
    boolean refresh(PersonRecord person, Instant now) {
        if (person.equals(new PersonRecord(nationalId, givenName, familyName, sex, birthDate, deceased,
                dateOfDeath))) {
            return false;
        }
        boolean newlyDead = person.deceased() && !this.deceased;
        this.givenName = person.givenName();
        this.familyName = person.familyName();
        this.sex = person.sex();
        this.birthDate = person.birthDate();
        this.deceased = person.deceased();
        this.dateOfDeath = person.dateOfDeath();
        this.populationCheckedAt = now;
        return newlyDead;
    }

    void contact(String phone, String email, String notificationChannel, Integer addressType, String changedBy,
            Instant changedAt) {
        this.phone = phone;
        this.email = email;
        this.notificationChannel = notificationChannel;
        this.addressType = addressType;
        this.contactChangedBy = changedBy;
        this.contactChangedAt = changedAt;
    }

    /** Who saved the contact details last (a user name), or null before the first save. */
    String getContactChangedBy() {
        return contactChangedBy;
    }

    Instant getContactChangedAt() {
        return contactChangedAt;
    }

    /** R2: reserved against the national registry from this date (Reservasjonsstatus 1). */
    boolean reserve(LocalDate on) {
        if (reserved) {
            return false;
        }
        this.reserved = true;
        this.reservedOn = on;
        return true;
    }

    public boolean isReserved() {
        return reserved;
    }

    public LocalDate getReservedOn() {
        return reservedOn;
    }

    public String getNotificationChannel() {
        return notificationChannel;
    }

    public Integer getAddressType() {
        return addressType;
    }

    public Long getPid() {
        return pid;
    }

    public String getNationalId() {
        return nationalId;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public int getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public boolean isDeceased() {
        return deceased;
    }

    public LocalDate getDateOfDeath() {
        return dateOfDeath;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public long getVersion() {
        return version;
    }
}
