package no.smertereg.eprom;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DispatchEventRepository extends JpaRepository<DispatchEvent, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    List<DispatchEvent> findByPatientFormIdOrderByOccurredAt(Long patientFormId);
}
