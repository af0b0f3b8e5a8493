package no.smertereg.access;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccessEventRepository extends JpaRepository<AccessEvent, Long> {

    boolean existsByUserIdAndUnitReshAndKind(Long userId, String unitResh, String kind);

    @Query("select distinct e.userId from AccessEvent e where e.unitResh = ?1 and e.kind = ?2")
    List<Long> userIdsByUnitAndKind(String unitResh, String kind);
}
