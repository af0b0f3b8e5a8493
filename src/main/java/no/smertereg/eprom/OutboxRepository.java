package no.smertereg.eprom;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);
}
