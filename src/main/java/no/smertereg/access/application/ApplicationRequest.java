package no.smertereg.access.application;

import io.swagger.v3.oas.annotations.media.Schema;

/** An application for access as the applicant sends it (A1); every field is checked by ApplicationValidation. */
@Schema(description = "Søknad om tilgang / application for access")
public record ApplicationRequest(
        @Schema(description = "Selvvalgt brukernavn: 3-60 tegn, små bokstaver, sifre, punktum, bindestrek",
                example = "kari.nordmann") String username,
        @Schema(description = "Fullt navn", example = "Kari Nordmann") String fullName,
        @Schema(description = "Mobilnummer for engangskoder og startpassord", example = "+47 912 34 567") String mobile,
        @Schema(description = "E-post på jobb", example = "kari.nordmann@helse-bergen.no") String email,
        @Schema(description = "Stilling", implementation = Position.class) String position,
        @Schema(description = "Region (RHF)", implementation = HealthRegion.class) String region,
        @Schema(description = "Helseforetaket/enheten det søkes tilgang til (RESH-id)", example = "100082")
        String unitResh,
        @Schema(description = "Klinikk", example = "Kirurgisk klinikk") String clinic,
        @Schema(description = "Avdeling", example = "Kirurgisk avdeling") String department,
        @Schema(description = "SMERTEREG (registrering), REPORT_PORTAL (Rapporteket-Smerte) eller BOOKING (merkantil, "
                + "i registre med timebestilling)", implementation = Project.class)
        String project,
        @Schema(description = "IT-personell: søknaden går til systemforvalter") Boolean itPersonnel,
        @Schema(description = "Registeret det søkes tilgang i (id); kan utelates når plattformen har ett register",
                example = "smertereg") String registry) {
}
