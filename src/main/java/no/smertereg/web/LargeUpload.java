package no.smertereg.web;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

/**
 * One request that may carry a body over {@code registry.max-request-size}: a multipart upload of a file up to
 * {@code fileLimit} to one method and path, declared as a bean by the module that owns the path. Every other path
 * keeps the common limit, and so does a body there that is not multipart. The body may exceed the file by
 * {@link #ENVELOPE} (multipart boundaries, part headers, small fields such as a title and the CSRF token); a larger
 * body is refused with 413 naming {@code field}, unread. The owner checks the file's own size against the same
 * limit, so a file just over it is refused at its field.
 */
public record LargeUpload(String method, String path, DataSize fileLimit, String field) {

    static final DataSize ENVELOPE = DataSize.ofKilobytes(64);

    /** Its method and path, and a multipart body: any other body there keeps the common limit. */
    boolean matches(String requestMethod, String requestPath, String contentType) {
        return method.equals(requestMethod) && path.equals(requestPath) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    long bodyLimit() {
        return fileLimit.toBytes() + ENVELOPE.toBytes();
    }
}
