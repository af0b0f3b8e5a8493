package no.smertereg.forms;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FormInstanceRepository extends JpaRepository<FormInstance, Long> {

    List<FormInstance> findByCourseId(Long courseId);

    List<FormInstance> findByCourseIdIn(Collection<Long> courseIds);

    Optional<FormInstance> findByCourseIdAndFormKey(Long courseId, FormKey formKey);

}
