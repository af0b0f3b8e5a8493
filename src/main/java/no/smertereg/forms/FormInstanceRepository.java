package no.smertereg.forms;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FormInstanceRepository extends JpaRepository<FormInstance, Long> {

    List<FormInstance> findByCourseId(Long courseId);

    List<FormInstance> findByCourseIdIn(Collection<Long> courseIds);

    /** The states of the courses' forms without their answers: course id, form key, state, version, comment. */
    @Query("select f.courseId, f.formKey, f.state, f.version, f.internalComment from FormInstance f "
            + "where f.courseId in :courseIds")
    List<Object[]> statesOf(Collection<Long> courseIds);

    /** Form id and course id of the courses' forms. */
    @Query("select f.id, f.courseId from FormInstance f where f.courseId in :courseIds")
    List<Object[]> idsOf(Collection<Long> courseIds);

    Optional<FormInstance> findByCourseIdAndFormKey(Long courseId, FormKey formKey);

}
