package no.smertereg.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LocationRepository extends JpaRepository<Location, Long> {

    List<Location> findByUnitReshOrderByName(String unitResh);

    Optional<Location> findByUnitReshAndShortName(String unitResh, String shortName);
}
