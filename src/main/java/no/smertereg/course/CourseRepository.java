package no.smertereg.course;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRepository extends JpaRepository<Course, Long> {

    List<Course> findByUnitReshInAndStatus(Collection<String> unitResh, CourseStatus status);

    List<Course> findByRegistryAndStatus(RegistryScope registry, CourseStatus status);

    List<Course> findByPidOrderByCreatedAt(Long pid);

    List<Course> findByPidAndStatusNotOrderByCreatedAtDesc(Long pid, CourseStatus status);

    List<Course> findByUnitReshAndStatusInAndStartDateBetween(String unitResh, Collection<CourseStatus> statuses,
            java.time.LocalDate from, java.time.LocalDate to);

    List<Course> findByRegistryAndStatusInAndStartDateBetween(RegistryScope registry,
            Collection<CourseStatus> statuses, java.time.LocalDate from, java.time.LocalDate to);
}
