package no.smertereg.datarequests;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DataRequestRepository extends JpaRepository<DataRequest, Long> {

    List<DataRequest> findByRegistryIdOrderByReceivedOnDescIdDesc(String registryId);

    Optional<DataRequest> findByIdAndRegistryId(Long id, String registryId);
}
