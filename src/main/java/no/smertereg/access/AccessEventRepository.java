package no.smertereg.access;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccessEventRepository extends JpaRepository<AccessEvent, Long> {

    boolean existsByUserIdAndRegistryIdAndUnitReshAndKind(Long userId, String registryId, String unitResh,
            String kind);

    @Query("select distinct e.userId from AccessEvent e where e.registryId = ?1 and e.unitResh = ?2 and e.kind = ?3")
    List<Long> userIdsByRegistryUnitAndKind(String registryId, String unitResh, String kind);
}
