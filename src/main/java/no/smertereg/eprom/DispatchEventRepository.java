package no.smertereg.eprom;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DispatchEventRepository extends JpaRepository<DispatchEvent, Long> {

    @Query("select count(e) > 0 from DispatchEvent e where e.idempotencyKey = :key")
    boolean existsByIdempotencyKey(@Param("key") String idempotencyKey);

    List<DispatchEvent> findByPatientFormIdOrderByOccurredAt(Long patientFormId);
}
