package no.smertereg.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);
}
