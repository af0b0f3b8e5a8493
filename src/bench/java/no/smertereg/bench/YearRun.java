package no.smertereg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The national year's calendar, the same for (a) and (d): every week (Monday) a cohort of courses is registered
 * at 09:00 and gets TO and the first-visit forms; B2.2 follows a week later at 10:00; patients answer at 12:00 on
 * the day their behaviour says; at 16:45 every due job runs (16:30 sends, HADS at 16:32, reminders and locks three
 * and six days after the send, Opioid four weeks after the end date). The clock only moves forward, cohorts
 * overlap as real weeks do, and the run ends when every course's pathway has ended. After each day the database
 * gets autovacuum's upkeep ({@link Upkeep}).
 */
final class YearRun {

    private final YearModel model;
    private final Parallel parallel;
    private final JobRunner jobs;
    private final int persons;
    private final Upkeep upkeep;
    long sentForms;
    long answers;
    int days;

    YearRun(YearModel model, Parallel parallel, ManagementService management, RuntimeService runtime, int persons,
            Upkeep upkeep) {
        this.model = model;
        this.upkeep = upkeep;
        this.parallel = parallel;
        this.jobs = new JobRunner(management, runtime, parallel, model.processKeys());
        this.persons = persons;
    }

    long jobsExecuted() {
        return jobs.executed;
    }

    /** Courses {@code first .. first+count-1} in {@code weeks} weekly cohorts from {@code monday}. */
    void run(int first, int count, int weeks, LocalDate monday) {
        if (count <= 0) {
            return;
        }
        int cohort = (count + weeks - 1) / weeks;
        int cohorts = (count + cohort - 1) / cohort;
        LocalDate lastRegistration = monday.plusWeeks(cohorts - 1L);
        Map<LocalDate, List<YearModel.SentForm>> answering = new HashMap<>();
        for (LocalDate day = monday; ; day = day.plusDays(1)) {
            days++;
            long week = java.time.temporal.ChronoUnit.DAYS.between(monday, day);
            if (week % 7 == 0 && week / 7 < cohorts) {
                BenchTime.set(day, 9, 0);
                LocalDate registered = day;
                parallel.run(cohort(first, count, cohort, (int) (week / 7)), i -> CourseMix.person(i, persons),
                        i -> model.register(i, registered));
            }
            if (week >= 7 && week % 7 == 0 && week / 7 - 1 < cohorts) {
                BenchTime.set(day, 10, 0);
                LocalDate registered = day.minusWeeks(1);
                parallel.run(cohort(first, count, cohort, (int) (week / 7 - 1)), i -> CourseMix.person(i, persons),
                        i -> model.endOfTreatment(i, registered));
            }
            List<YearModel.SentForm> due = answering.remove(day);
            if (due != null) {
                BenchTime.set(day, 12, 0);
                parallel.run(due, YearModel.SentForm::course, model::answer);
                answers += due.size();
            }
            BenchTime.set(day, 16, 45);
            jobs.runDue();
            for (YearModel.SentForm sent : model.sentOn(day)) {
                sentForms++;
                int delay = CourseMix.answerDelay(sent.course(), sent.type());
                if (delay != CourseMix.ANSWER_NEVER) {
                    answering.computeIfAbsent(day.plusDays(delay), d -> new ArrayList<>()).add(sent);
                }
            }
            model.endOfDay(day);
            upkeep.endOfDay();
            if (day.isAfter(lastRegistration.plusDays(30)) && answering.isEmpty() && model.unfinished() == 0) {
                return;
            }
            if (day.isAfter(lastRegistration.plusDays(90))) {
                System.out.println("[bench] " + model.name() + ": " + model.unfinished()
                        + " courses still running 90 days after the last registration");
                return;
            }
        }
    }

    private static List<Integer> cohort(int first, int count, int size, int index) {
        int from = index * size;
        return IntStream.range(from, Math.min(count, from + size)).map(i -> first + i).boxed().toList();
    }
}
