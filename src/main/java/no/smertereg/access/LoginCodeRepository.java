package no.smertereg.access;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginCodeRepository extends JpaRepository<LoginCode, Long> {

    List<LoginCode> findByUserIdAndUsedFalseOrderByIdDesc(Long userId);

    long countByUserIdAndCreatedAtAfter(Long userId, Instant since);
}
