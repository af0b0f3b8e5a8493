package no.smertereg.patients;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SyntheticPersonRepository extends JpaRepository<SyntheticPerson, String> {

    Page<SyntheticPerson> findByDeceasedFalse(Pageable page);
}
