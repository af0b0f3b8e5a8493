package no.smertereg.forms;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FormInstanceRepository extends JpaRepository<FormInstance, Long> {

    @Query("select f from FormInstance f where f.courseId = :courseId")
    List<FormInstance> findByCourseId(@Param("courseId") Long courseId);

    @Query("select f from FormInstance f where f.courseId in :courseIds")
    List<FormInstance> findByCourseIdIn(@Param("courseIds") Collection<Long> courseIds);

    @Query("select f from FormInstance f where f.courseId = :courseId and f.formKey = :formKey")
    Optional<FormInstance> findByCourseIdAndFormKey(@Param("courseId") Long courseId,
            @Param("formKey") FormKey formKey);

    /** S11: whether any of the course's forms was ever finalised (its finalise time stays through an unlock). */
    @Query("select count(f) > 0 from FormInstance f where f.courseId = :courseId and f.finalisedAt is not null")
    boolean anyEverFinalised(@Param("courseId") Long courseId);
}
