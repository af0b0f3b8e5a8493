package no.smertereg.forms;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FormEventRepository extends JpaRepository<FormEvent, Long> {

    @Query("select e from FormEvent e where e.formInstanceId = :formInstanceId order by e.occurredAt")
    List<FormEvent> findByFormInstanceIdOrderByOccurredAt(@Param("formInstanceId") Long formInstanceId);
}
