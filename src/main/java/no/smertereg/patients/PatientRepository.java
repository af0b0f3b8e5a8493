package no.smertereg.patients;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PatientRepository extends JpaRepository<Patient, Long> {

    @org.springframework.data.jpa.repository.Query("select p from Patient p where p.nationalId = :nationalId")
    Optional<Patient> findByNationalId(@org.springframework.data.repository.query.Param("nationalId") String nationalId);

    @org.springframework.data.jpa.repository.Query("select p.pid from Patient p where p.pid in :pids and p.reserved = true")
    java.util.List<Long> reservedAmong(java.util.Collection<Long> pids);
}
