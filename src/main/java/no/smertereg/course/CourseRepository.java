package no.smertereg.course;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseRepository extends JpaRepository<Course, Long> {

    List<Course> findByUnitReshInAndStatus(Collection<String> unitResh, CourseStatus status);

    List<Course> findByRegistryAndStatus(RegistryScope registry, CourseStatus status);

    List<Course> findByPidOrderByCreatedAt(Long pid);

    List<Course> findByPidAndStatusNotOrderByCreatedAtDesc(Long pid, CourseStatus status);

    @Query("select distinct c.unitResh from Course c where c.registryId = ?1 and c.registry = ?2")
    List<String> unitsWithCourses(String registryId, RegistryScope registry);

    @Query("select c from Course c where c.registryId = ?1 and c.unitResh = ?2 and c.status in ?3 "
            + "and c.startDate between ?4 and ?5")
    List<Course> ofUnitStartedBetween(String registryId, String unitResh, Collection<CourseStatus> statuses,
            java.time.LocalDate from, java.time.LocalDate to);

    @Query("select c from Course c where c.registryId = ?1 and c.registry = ?2 and c.status in ?3 "
            + "and c.startDate between ?4 and ?5")
    List<Course> inScopeStartedBetween(String registryId, RegistryScope registry, Collection<CourseStatus> statuses,
            java.time.LocalDate from, java.time.LocalDate to);
}
