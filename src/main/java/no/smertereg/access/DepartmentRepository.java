package no.smertereg.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findByUnitReshOrderByName(String unitResh);

    Optional<Department> findByUnitReshAndShortName(String unitResh, String shortName);
}
