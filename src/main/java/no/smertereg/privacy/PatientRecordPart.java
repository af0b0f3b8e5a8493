package no.smertereg.privacy;

import java.util.List;
import java.util.Map;

/**
 * R4: a part of what the registry holds on a patient, for the patient's access export. The course module supplies
 * the courses with their clinician forms, the ePROM module the patient forms with their dispatch states, so that
 * privacy depends on neither. Values are plain (strings, numbers, dates, lists and maps of them).
 */
public interface PatientRecordPart {

    /** The export's section key, e.g. {@code courses}; also the message key {@code export.section.<key>}. */
    String section();

    /** The section's entries for the patient, oldest first; internal comments are never included (S10). */
    List<Map<String, Object>> entriesFor(Long pid);
}
