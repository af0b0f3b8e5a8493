package no.smertereg.patients;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PO (personopplysninger): the person from the population registry, and the contact details the clinician keeps,
 * as answers of {@code forms/personal-data.form}. The version guards against overwriting someone else's change.
 */
public record PersonalData(PersonView person, Map<String, Object> contact, long version) {

    static PersonalData of(Patient p) {
        Map<String, Object> contact = new LinkedHashMap<>();
        put(contact, "Telefon", p.getPhone());
        put(contact, "Epost", p.getEmail());
        put(contact, "Varslingskanal", p.getNotificationChannel());
        put(contact, "Adrtype", p.getAddressType() == null ? null : p.getAddressType().toString());
        return new PersonalData(PersonView.of(p), contact, p.getVersion());
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
