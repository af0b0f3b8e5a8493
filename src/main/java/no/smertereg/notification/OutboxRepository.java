package no.smertereg.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    @Query("select o.id from OutboxEntry o where o.channel = :channel and o.sentAt is null order by o.id")
    List<Long> unsent(@Param("channel") Channel channel);
}
