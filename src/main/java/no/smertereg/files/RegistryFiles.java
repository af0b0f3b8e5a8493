package no.smertereg.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.PatientDataAccess;
import no.smertereg.shared.RegistryClock;

/**
 * The file archive: every logged-in user lists and downloads the published files; SC publishes and retires them.
 * A refused call changes nothing: the role is checked first, then every field, before anything is stored.
 */
@Service
class RegistryFiles {

    static final String PDF = "application/pdf";
    static final String FIELD_TITLE = "title";
    static final String FIELD_FILE = "file";
    static final int TITLE_MAX = 200;
    static final String AUDIT_UPLOAD = "REGISTRY_FILE_UPLOAD";
    static final String AUDIT_RETIRE = "REGISTRY_FILE_RETIRE";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final Logger LOG = LoggerFactory.getLogger(RegistryFiles.class);

    private final RegistryFileRepository files;
    private final ApplicationEventPublisher events;
    private final RegistryClock clock;
    private final DataSize maxSize;

    RegistryFiles(RegistryFileRepository files, ApplicationEventPublisher events, RegistryClock clock,
            RegistryFilesSettings settings) {
        this.files = files;
        this.events = events;
        this.clock = clock;
        this.maxSize = settings.maxSize();
    }

    List<RegistryFile> listed() {
        return files.listed();
    }

    FileContent content(long id) {
        return files.content(id).orElseThrow(() -> new NotFoundException("files.notFound", id));
    }

    DataSize maxSize() {
        return maxSize;
    }

    static boolean mayPublish(RegistryUser user) {
        return user.hasRoleAnywhere(Role.SC);
    }

    /** Publishes a PDF with its title: SC only; 400 naming {@code title} or {@code file}, 413 for a too large file. */
    @Transactional
    public RegistryFile publish(RegistryUser user, String title, MultipartFile file) {
        requirePublisher(user);
        String cleanTitle = title == null ? "" : title.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanTitle.isEmpty()) {
            problems.add(FieldProblem.of(FIELD_TITLE, "files.title.required"));
        } else if (cleanTitle.codePointCount(0, cleanTitle.length()) > TITLE_MAX) {
            problems.add(FieldProblem.of(FIELD_TITLE, "files.title.tooLong", TITLE_MAX));
        }
        byte[] bytes = null;
        boolean tooLarge = false;
        if (file == null || file.isEmpty()) {
            problems.add(FieldProblem.of(FIELD_FILE, "files.file.required"));
        } else if (file.getSize() > maxSize.toBytes()) {
            tooLarge = true;
            problems.add(FieldProblem.of(FIELD_FILE, "files.file.tooLarge", readable(maxSize)));
        } else {
            bytes = bytesOf(file);
            if (!isPdf(bytes)) {
                problems.add(FieldProblem.of(FIELD_FILE, "files.file.notPdf"));
            }
        }
        if (tooLarge) {
            throw new UploadTooLarge(problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name = FileNames.clean(file.getOriginalFilename());
        String sha256 = sha256(bytes);
        long id = files.insert(cleanTitle, name, PDF, bytes, sha256, user.getUsername(), clock.now());
        events.publishEvent(PatientDataAccess.change(AUDIT_UPLOAD, null, null, null, auditLabel(id)));
        LOG.info("Registry file {} published: {} bytes, sha-256 {}", id, bytes.length, sha256);
        return files.listed(id).orElseThrow();
    }

    /** Retires a published file: SC only; no longer listed or served, kept in the table. */
    @Transactional
    public void retire(RegistryUser user, long id) {
        requirePublisher(user);
        if (!files.exists(id)) {
            throw new NotFoundException("files.notFound", id);
        }
        if (!files.retire(id, user.getUsername(), clock.now())) {
            throw new ConflictException("files.alreadyRetired");
        }
        events.publishEvent(PatientDataAccess.change(AUDIT_RETIRE, null, null, null, auditLabel(id)));
        LOG.info("Registry file {} retired", id);
    }

    private static void requirePublisher(RegistryUser user) {
        if (!mayPublish(user)) {
            throw new ForbiddenException("files.forbidden");
        }
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= PDF_MAGIC.length
                && Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }

    /** The audit log's form column names the file: {@code fil 12}. */
    private static String auditLabel(long id) {
        return "fil " + id;
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        long mb = DataSize.ofMegabytes(1).toBytes();
        long kb = DataSize.ofKilobytes(1).toBytes();
        if (bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        return bytes % kb == 0 ? bytes / kb + " kB" : bytes + " B";
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
