package no.smertereg.eprom;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PatientFormRepository extends JpaRepository<PatientFormRecord, Long> {

    @Query("select f from PatientFormRecord f where f.courseId = :courseId and f.formType = :formType")
    Optional<PatientFormRecord> findByCourseIdAndFormType(@Param("courseId") Long courseId,
            @Param("formType") PatientFormType formType);

    @Query("select f from PatientFormRecord f where f.courseId in :courseIds")
    List<PatientFormRecord> findByCourseIdIn(@Param("courseIds") java.util.Collection<Long> courseIds);

    List<PatientFormRecord> findByCodeHashOrFirstCodeHash(String codeHash, String firstCodeHash);
}
