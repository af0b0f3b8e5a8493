package no.smertereg.course;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.forms.BookingFields;
import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormDefinition;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.FormRecord;
import no.smertereg.forms.FormRecordService;
import no.smertereg.shared.ForbiddenException;

/**
 * A course as its clerk (merkantil, N2) works it: the booking form's booking fields are all the clerk's pages show
 * and all a draft of the clerk's may change.
 */
@Component
@Transactional
class ClerkBooking {

    private final CourseService courses;
    private final CourseAccess access;
    private final FormCatalogue catalogue;
    private final FormRecordService forms;

    ClerkBooking(CourseService courses, CourseAccess access, FormCatalogue catalogue, FormRecordService forms) {
        this.courses = courses;
        this.access = access;
        this.catalogue = catalogue;
        this.forms = forms;
    }

    /**
     * A form as the current user's page shows it, and whether the user works the course as its clerk (the booking
     * fields only, no finalise, no comment, N2).
     */
    record PageForm(FormDefinition definition, boolean bookingOnly) {
    }

    @Transactional(readOnly = true)
    PageForm pageForm(Long courseId, FormKey key) {
        Course course = courses.find(courseId);
        RegistryUser user = CurrentUser.get();
        return new PageForm(shownTo(user, course, key), access.bookingOnly(user, course));
    }

    /** The form as this user may see it: a clerk gets the booking fields only. */
    FormDefinition shownTo(RegistryUser user, Course course, FormKey key) {
        FormDefinition whole = catalogue.get(key);
        return access.bookingOf(user, course).map(b -> whole.only(b.fields())).orElse(whole);
    }

    /** For a clerk: the one form of the course the clerk opens (the booking's); empty for everyone else. */
    @Transactional(readOnly = true)
    Optional<String> bookingForm(Long courseId) {
        Course course = courses.find(courseId);
        return access.bookingOf(CurrentUser.get(), course).map(b -> b.form().code());
    }

    /** A form's history as a clerk sees it: who did what when, without the reasons (an unlock's may be clinical). */
    static List<FormRecord.Event> withoutReasons(List<FormRecord.Event> events) {
        return events.stream().map(e -> new FormRecord.Event(e.action(), null, e.actor(), e.at())).toList();
    }

    /**
     * What a draft stores (a clerk's is saved all or nothing, so that a rule across fields never drops the treater's
     * answer): the answers as sent, or for a clerk the stored answers with the booking fields as sent (a
     * clerk who sends any other field is refused at it, and nothing is saved).
     */
    Map<String, Object> writable(RegistryUser user, Course course, FormKey key, Map<String, Object> sent) {
        Optional<BookingFields> booking = access.bookingOf(user, course);
        if (booking.isEmpty()) {
            return sent;
        }
        sent.keySet().stream().filter(field -> !booking.get().fields().contains(field)).sorted().findFirst()
                .ifPresent(field -> {
                    throw new ForbiddenException("error.forbidden.clerkField", field);
                });
        Map<String, Object> answers = new HashMap<>(forms.get(course.getId(), key).answers());
        booking.get().fields().forEach(answers::remove);
        sent.forEach((field, value) -> {
            if (value != null) {
                answers.put(field, value);
            }
        });
        return answers;
    }
}
