package no.smertereg.patients;

import java.util.Optional;

/** Port to the population registry (Folkeregisteret). The default adapter is the synthetic population. */
public interface PopulationRegistry {

    Optional<PersonRecord> lookup(String nationalId);
}
