package no.smertereg.access;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessEventRepository extends JpaRepository<AccessEvent, Long> {

    boolean existsByUserIdAndUnitReshAndKind(Long userId, String unitResh, String kind);
}
