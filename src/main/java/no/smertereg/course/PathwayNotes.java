package no.smertereg.course;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.process.PathwayNote;
import no.smertereg.shared.RegistryClock;

/**
 * The notes a course's diagram records about it ({@code ${course.note(execution, 'text')}}, OPR O2: "Oppfølging
 * sendes ikke: behov for tolk"), shown on the course page to its clinicians (not to a clerk). The text is the
 * diagram's own sentence, but it can tell something about the patient (which exclusion applied).
 */
@Component
@Transactional
class PathwayNotes implements PathwayNote {

    static final int MAX_TEXT = 500;

    /** One note as the course page shows it. */
    public record Note(Instant notedAt, String text) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final RegistryClock clock;

    PathwayNotes(NamedParameterJdbcTemplate jdbc, RegistryClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void note(Long courseId, String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A diagram's note has 1 to " + MAX_TEXT + " characters");
        }
        jdbc.update("insert into course_pathway_note (course_id, noted_at, note) values (:course, :at, :note)",
                Map.of("course", courseId, "at", Timestamp.from(clock.now()), "note", text.strip()));
    }

    @Transactional(readOnly = true)
    List<Note> of(Long courseId) {
        return jdbc.query("select noted_at, note from course_pathway_note where course_id = :course order by id",
                Map.of("course", courseId),
                (rs, i) -> new Note(rs.getTimestamp("noted_at").toInstant(), rs.getString("note")));
    }
}
