package no.smertereg.datarequests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.CourseReportSource;
import no.smertereg.course.CourseReportSource.ReportCourse;
import no.smertereg.eprom.CourseContexts;
import no.smertereg.forms.IndicatorRules;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.patients.PatientService;
import no.smertereg.shared.PatientDataAccess;
import no.smertereg.shared.RegistryClock;
import no.smertereg.shared.SpreadsheetText;

/**
 * The extract of an approved request: one row per course of the period in the registry's national registry (a
 * registered course: its course-type form finalised; not a patient who has reserved), holding the approved variables
 * only, from finalised clinician forms and answered patient forms. The patient is a pseudonym (HMAC-SHA-256 of the PID
 * with a random key of this request, kept by the registry), so two extracts cannot be joined without the registry.
 */
@Service
@Transactional
class DataExtracts {

    static final String AUDIT_EXTRACT = "DATA_REQUEST_EXTRACT";
    static final String PSEUDONYM = "Pseudonym";
    static final String UNIT = "AvdRESH";
    private static final int CHUNK = 500;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();
    private static final Logger LOG = LoggerFactory.getLogger(DataExtracts.class);

    private final DataRequestRepository requests;
    private final DataExtractFiles files;
    private final Registries registries;
    private final CourseReportSource courses;
    private final CourseContexts contexts;
    private final PatientService patients;
    private final ApplicationEventPublisher events;
    private final RegistryClock clock;
    private final SecureRandom random = new SecureRandom();

    DataExtracts(DataRequestRepository requests, DataExtractFiles files, Registries registries,
            CourseReportSource courses, CourseContexts contexts, PatientService patients,
            ApplicationEventPublisher events, RegistryClock clock) {
        this.requests = requests;
        this.files = files;
        this.registries = registries;
        this.courses = courses;
        this.contexts = contexts;
        this.patients = patients;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Makes, stores and logs the extract in the job's transaction: a failed attempt (retried by the engine, then an
     * incident) leaves neither a file nor an audit row.
     */
    void deliver(Long requestId) {
        DataRequest request = requests.findById(requestId).orElseThrow();
        if (!request.readyToExtract()) {
            throw new IllegalStateException("Data request " + requestId + " is " + request.getState()
                    + " without an agreement: no extract");
        }
        RegistryDefinitions registry = registries.of(request.getRegistryId());
        List<ReportCourse> selected = courses.national(request.getRegistryId(), request.getPeriodFrom(),
                request.getPeriodTo());
        byte[] key = new byte[32];
        random.nextBytes(key);
        Mac keyed = keyed(key);
        List<String> variables = request.getApprovedVariables();
        StringBuilder csv = new StringBuilder();
        List<PatientDataAccess.Subject> subjects = new ArrayList<>();
        try {
            CSVPrinter printer = new CSVPrinter(csv, FORMAT);
            printer.print(PSEUDONYM);
            printer.print(UNIT);
            for (String variable : variables) {
                printer.print(variable);
            }
            printer.println();
            for (int start = 0; start < selected.size(); start += CHUNK) {
                List<ReportCourse> chunk = selected.subList(start, Math.min(selected.size(), start + CHUNK));
                Set<Long> reserved = patients.reservedAmong(chunk.stream().map(ReportCourse::pid).distinct()
                        .toList());
                List<ReportCourse> included = chunk.stream().filter(c -> !reserved.contains(c.pid())).toList();
                Map<Long, Map<String, Object>> answers = contexts.of(registry, included.stream()
                        .map(ReportCourse::id).toList(), true);
                for (ReportCourse course : included) {
                    Map<String, Object> context = answers.get(course.id());
                    if (context == null) {
                        continue;
                    }
                    printer.print(pseudonym(keyed, course.pid()));
                    printer.print(course.unitResh());
                    for (String variable : variables) {
                        printer.print(cell(value(context, variable)));
                    }
                    printer.println();
                    subjects.add(new PatientDataAccess.Subject(course.pid(), course.id(), course.unitResh(),
                            label(requestId)));
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        String sha256 = sha256(content);
        request.deliver(subjects.size(), sha256, clock.now());
        files.store(requestId, content, key);
        if (!subjects.isEmpty()) {
            events.publishEvent(new PatientDataAccess(PatientDataAccess.Kind.CHANGE, AUDIT_EXTRACT, subjects));
        }
        LOG.info("Data request {} delivered: {} rows, {} variables, sha-256 {}", requestId, subjects.size(),
                variables.size(), sha256);
    }

    void lapse(Long requestId) {
        requests.findById(requestId).orElseThrow().lapse();
        LOG.info("Data request {}: no agreement in time, the approval lapsed", requestId);
    }

    static String label(Long requestId) {
        return "utlevering " + requestId;
    }

    /** {@code FORM.field}: the field of the form whose code is FORM, as the course holds it. */
    private static Object value(Map<String, Object> context, String variable) {
        int dot = variable.indexOf('.');
        Object form = context.get(IndicatorRules.variable(variable.substring(0, dot)));
        return form instanceof Map<?, ?> fields ? fields.get(variable.substring(dot + 1)) : null;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean bool) {
            return bool ? "1" : "0";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value instanceof String text ? SpreadsheetText.guarded(text) : value.toString();
    }

    /** The request's HMAC over its key, for {@link #pseudonym}: made once per extract. */
    private static Mac keyed(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pseudonym(Mac keyed, Long pid) {
        return HexFormat.of().formatHex(keyed.doFinal(pid.toString().getBytes(StandardCharsets.US_ASCII)), 0, 10);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
