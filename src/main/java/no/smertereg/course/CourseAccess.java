package no.smertereg.course;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.forms.BookingFields;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.Registries;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.NotFoundException;

/**
 * Who may see and do what with a course. A unit's LU, LC and clerk see its courses (the clerk only the booking
 * fields of its forms, {@link #bookingOnly}); SC sees national courses only; each
 * within the session's registry (ADR 0013), so a unit's NNRR users do not see its SmerteReg courses. A course the
 * user may not see answers 404, so that ids of other units and registries reveal nothing.
 */
@Component
class CourseAccess {

    private final Registries registries;

    CourseAccess(Registries registries) {
        this.registries = registries;
    }

    boolean canSee(RegistryUser user, Course course) {
        return user.registryId().equals(course.getRegistryId())
                && (user.hasRole(course.getUnitResh(), Role.LU, Role.LC)
                        || clerkIn(user, course.getUnitResh(), course.getRegistryId())
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
     * clinician of a unit two registries share cannot finalise the other registry's form through the unit's tenant,
     * and a clerk (who has no tenant) finalises nothing even so.
     */
    void requireTasklistWork(Course course) {
        if (CurrentUser.find().isPresent()) {
            requireFormWork(course);
        }
    }

    /**
     * A clerk of the course's unit who is not also its clinician: sees and writes only the registry's booking
     * fields, finalises nothing (N2).
     */
    boolean bookingOnly(RegistryUser user, Course course) {
        return clerkIn(user, course.getUnitResh(), course.getRegistryId())
                && !user.hasRole(course.getUnitResh(), Role.LU, Role.LC)
                && !(user.hasRoleAnywhere(Role.SC) && course.getRegistry() == RegistryScope.NATIONAL);
    }

    /** The booking a clerk may write in this course's registry, when the user works the course as a clerk. */
    Optional<BookingFields> bookingOf(RegistryUser user, Course course) {
        return bookingOnly(user, course) ? registries.of(course.getRegistryId()).booking() : Optional.empty();
    }

    /** The course's own data that is no clinical answer: PO, department, location (S8; a clerk too). */
    RegistryUser requireCourseWork(Course course) {
        return requireVisible(course);
    }

    /** Finalise and comment forms, and read or save a form other than the booking (S8; SC on national courses). */
    RegistryUser requireFormWork(Course course) {
        RegistryUser user = requireVisible(course);
        if (bookingOnly(user, course)) {
            throw new ForbiddenException("error.forbidden.clerk");
        }
        return user;
    }

    /** Read or save a draft of a form: a clerk only the booking form (its booking fields). */
    RegistryUser requireDraft(Course course, FormKey key) {
        RegistryUser user = requireVisible(course);
        if (bookingOnly(user, course) && bookingOf(user, course).filter(b -> b.form().equals(key)).isEmpty()) {
            throw new ForbiddenException("error.forbidden.clerk");
        }
        return user;
    }

    RegistryUser requireUnlock(Course course) {
        RegistryUser user = requireVisible(course);
        boolean nationalLeader = user.hasRoleAnywhere(Role.SC) && course.getRegistry() == RegistryScope.NATIONAL;
        if (!user.hasRole(course.getUnitResh(), Role.LC) && !nationalLeader) {
            throw new ForbiddenException("error.forbidden.unlock");
        }
        return user;
    }

    /** S11: LC; and the clerk, who deletes a booking the patient did not come to or moved far (N3). */
    RegistryUser requireDelete(Course course) {
        RegistryUser user = requireVisible(course);
        if (!user.hasRole(course.getUnitResh(), Role.LC) && bookingOf(user, course).isEmpty()) {
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

    /**
     * A user of the course's unit (LU, LC or its clerk), for what is done with the patient present: the clerk hands
     * the patient a clinic code (N2).
     */
    RegistryUser requireClinicianOfUnit(Course course) {
        RegistryUser user = requireVisible(course);
        if (!user.hasRole(course.getUnitResh(), Role.LU, Role.LC) && bookingOf(user, course).isEmpty()) {
            throw new ForbiddenException("error.forbidden.clinicianOfUnit");
        }
        return user;
    }

    /** LU and LC of the unit; its clerk where the registry books courses (N2). */
    RegistryUser requireRegistration(String unitResh) {
        RegistryUser user = CurrentUser.get();
        if (!registrationUnits(user).contains(unitResh)) {
            throw new ForbiddenException("error.forbidden.register", unitResh);
        }
        return user;
    }

    RegistryUser requirePatientLookup() {
        RegistryUser user = CurrentUser.get();
        if (user.unitsWith(Role.LU, Role.LC, Role.SC).isEmpty() && registrationUnits(user).isEmpty()) {
            throw new ForbiddenException("error.forbidden");
        }
        return user;
    }

    /** The units whose worklist the user may open. */
    Set<String> worklistUnits(RegistryUser user) {
        return registrationUnits(user);
    }

    /** The units where the user registers courses: LU, LC, and clerk where the session's registry books (N2). */
    Set<String> registrationUnits(RegistryUser user) {
        Set<String> units = new java.util.TreeSet<>(user.unitsWith(Role.LU, Role.LC));
        if (registries.books(user.registryId())) {
            units.addAll(user.unitsWith(Role.CLERK));
        }
        return units;
    }

    /** A clerk counts only in a registry whose descriptor names a booking (roles.booking). */
    private boolean clerkIn(RegistryUser user, String unitResh, String registryId) {
        return user.hasRole(unitResh, Role.CLERK) && registries.books(registryId);
    }
}
