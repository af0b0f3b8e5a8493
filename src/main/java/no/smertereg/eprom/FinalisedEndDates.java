package no.smertereg.eprom;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import no.smertereg.forms.FormKey;
import no.smertereg.forms.FormRecordService;
import no.smertereg.shared.RegistryClock;

/** The course's end date as finalised in B2.2 (today while none is given). */
@Component
class FinalisedEndDates implements CourseEndDates {

    private final FormRecordService forms;
    private final RegistryClock clock;

    FinalisedEndDates(FormRecordService forms, RegistryClock clock) {
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    public LocalDate endDate(Long courseId) {
        Object end = forms.get(courseId, FormKey.B22).answers().get("SluttDato");
        return end == null ? clock.today() : LocalDate.parse(end.toString());
    }
}
