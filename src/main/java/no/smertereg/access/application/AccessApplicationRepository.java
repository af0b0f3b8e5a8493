package no.smertereg.access.application;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessApplicationRepository extends JpaRepository<AccessApplication, Long> {

    boolean existsByUsernameAndStatus(String username, ApplicationStatus status);

    boolean existsByUsernameAndRegistryIdAndUnitReshAndProjectAndStatus(String username, String registryId,
            String unitResh, Project project, ApplicationStatus status);

    List<AccessApplication> findByStatusOrderBySubmittedAt(ApplicationStatus status);
}
