package no.smertereg.eprom;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PatientFormRepository extends JpaRepository<PatientFormRecord, Long> {

    Optional<PatientFormRecord> findByCourseIdAndFormType(Long courseId, PatientFormType formType);

    List<PatientFormRecord> findByCourseIdIn(java.util.Collection<Long> courseIds);

    List<PatientFormRecord> findByCodeHashOrFirstCodeHash(String codeHash, String firstCodeHash);
}
