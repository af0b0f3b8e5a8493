package no.smertereg.access;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginCodeRepository extends JpaRepository<LoginCode, Long> {

    List<LoginCode> findByUserIdAndUsedFalseOrderByIdDesc(Long userId);
}
