package no.smertereg.patients;

import org.springframework.data.jpa.repository.JpaRepository;

interface SyntheticPersonRepository extends JpaRepository<SyntheticPerson, String> {
}
