package no.smertereg.privacy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PatientRequestRepository extends JpaRepository<PatientRequest, Long> {

    List<PatientRequest> findByStateOrderByReceivedOnAscIdAsc(PatientRequest.State state);

    List<PatientRequest> findTop20ByStateOrderByClosedAtDesc(PatientRequest.State state);

    List<PatientRequest> findByPidOrderByReceivedOnAsc(Long pid);
}
