package no.smertereg.access.application;

/** The applicant's position (stilling), from a fixed list (A1). */
public enum Position {
    LEGE,
    LIS_LEGE,
    SYKEPLEIER,
    FYSIOTERAPEUT,
    PSYKOLOG,
    FARMASOYT,
    SEKRETAER,
    KOORDINATOR,
    FORSKER,
    IT,
    ANNET
}
