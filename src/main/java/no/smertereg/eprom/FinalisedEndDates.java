package no.smertereg.eprom;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import no.smertereg.forms.FormRecordService;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.RegistryClock;

/** The course's end date as finalised in its end-date form (B2.2 SluttDato; today while none is given). */
@Component
class FinalisedEndDates implements CourseEndDates {

    private final FormRecordService forms;
    private final RegistryClock clock;
    private final RegistryDefinitions definitions;

    FinalisedEndDates(FormRecordService forms, RegistryClock clock, RegistryDefinitions definitions) {
        this.definitions = definitions;
        this.forms = forms;
        this.clock = clock;
    }

    @Override
    public LocalDate endDate(Long courseId) {
        Object end = forms.get(courseId, definitions.endDateForm()).answers()
                .get(definitions.endDateField());
        return end == null ? clock.today() : LocalDate.parse(end.toString());
    }
}
