package no.smertereg.forms;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FormEventRepository extends JpaRepository<FormEvent, Long> {

    List<FormEvent> findByFormInstanceIdOrderByOccurredAt(Long formInstanceId);
}
