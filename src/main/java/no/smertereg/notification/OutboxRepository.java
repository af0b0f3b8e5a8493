package no.smertereg.notification;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    @Query("select count(e) > 0 from OutboxEntry e where e.idempotencyKey = :key")
    boolean existsByIdempotencyKey(@Param("key") String idempotencyKey);
}
