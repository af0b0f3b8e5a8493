package no.smertereg.course;

import java.util.Set;

import org.springframework.stereotype.Component;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.NotFoundException;

/**
 * Who may see and do what with a course. A unit's LU and LC see its courses; SC sees national courses only; each
 * within the session's registry (ADR 0013), so a unit's NNRR users do not see its SmerteReg courses. A course the
 * user may not see answers 404, so that ids of other units and registries reveal nothing.
 */
@Component
class CourseAccess {

    boolean canSee(RegistryUser user, Course course) {
        return user.registryId().equals(course.getRegistryId())
                && (user.hasRole(course.getUnitResh(), Role.LU, Role.LC)
                        || (user.hasRoleAnywhere(Role.SC) && course.getRegistry() == RegistryScope.NATIONAL));
    }

    RegistryUser requireVisible(Course course) {
        RegistryUser user = CurrentUser.get();
        if (course.getStatus() == CourseStatus.DELETED || !canSee(user, course)) {
            throw new NotFoundException("error.course.notFound", course.getId());
        }
        return user;
    }

    /**
     * A form task completed in Tasklist: the request's user must see the course in the session's registry, so a
     * clinician of a unit two registries share cannot finalise the other registry's form through the unit's tenant.
     */
    void requireTasklistWork(Course course) {
        if (CurrentUser.find().isPresent()) {
            requireVisible(course);
        }
    }

    /** Register, save and finalise forms (S8: all users of the unit; SC on national courses). */
    RegistryUser requireFormWork(Course course) {
        return requireVisible(course);
    }

    RegistryUser requireUnlock(Course course) {
        RegistryUser user = requireVisible(course);
        boolean nationalLeader = user.hasRoleAnywhere(Role.SC) && course.getRegistry() == RegistryScope.NATIONAL;
        if (!user.hasRole(course.getUnitResh(), Role.LC) && !nationalLeader) {
            throw new ForbiddenException("error.forbidden.unlock");
        }
        return user;
    }

    RegistryUser requireDelete(Course course) {
        RegistryUser user = requireVisible(course);
        if (!user.hasRole(course.getUnitResh(), Role.LC)) {
            throw new ForbiddenException("error.forbidden.delete");
        }
        return user;
    }

    /** R2: an oral reservation is reported by a clinician of the course's unit (LU or LC). */
    RegistryUser requireClinician(Course course) {
        RegistryUser user = requireVisible(course);
        if (!user.hasRole(course.getUnitResh(), Role.LU, Role.LC)) {
            throw new ForbiddenException("error.forbidden.oralReservation");
        }
        return user;
    }

    /** A clinician of the course's unit (LU or LC), for what is done with the patient present. */
    RegistryUser requireClinicianOfUnit(Course course) {
        RegistryUser user = requireVisible(course);
        if (!user.hasRole(course.getUnitResh(), Role.LU, Role.LC)) {
            throw new ForbiddenException("error.forbidden.clinicianOfUnit");
        }
        return user;
    }

    RegistryUser requireRegistration(String unitResh) {
        RegistryUser user = CurrentUser.get();
        if (!user.hasRole(unitResh, Role.LU, Role.LC)) {
            throw new ForbiddenException("error.forbidden.register", unitResh);
        }
        return user;
    }

    RegistryUser requirePatientLookup() {
        RegistryUser user = CurrentUser.get();
        if (user.unitsWith(Role.LU, Role.LC, Role.SC).isEmpty()) {
            throw new ForbiddenException("error.forbidden");
        }
        return user;
    }

    /** The units whose worklist the user may open. */
    Set<String> worklistUnits(RegistryUser user) {
        return user.unitsWith(Role.LU, Role.LC);
    }
}
