package no.smertereg.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import no.smertereg.shared.FieldProblem;

/**
 * Refuses a request body over {@code registry.max-request-size} with 413, on every path. A declared length over the
 * limit is refused unread. A body without a declared length (chunked) is read here up to one byte over the limit,
 * so a client cannot get round the limit by not declaring it: a form POST by Tomcat's own form limit (set to the
 * same size; Tomcat parses form bodies of POST only), any other body, of any method and type, into memory for the
 * application to read from there (a PUT form body then reaches Spring's form filter within the limit). A declared
 * {@link LargeUpload} (one method and path, multipart) has its own, larger limit instead, refused naming its file
 * field; it must declare its length (every browser does), so that nothing of it is read before its sender's login is
 * checked ({@link UploadNeedsLogin}): one without is refused unread with 411.
 */
final class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimitFilter.class);
    private static final String TOMCAT_PARSE_FAILURE = "org.apache.catalina.parameter_parse_failed_reason";

    private final int max;
    private final List<LargeUpload> uploads;
    private final FilterRefusals refusals;

    RequestSizeLimitFilter(DataSize max, List<LargeUpload> uploads, FilterRefusals refusals) {
        this.max = Math.toIntExact(max.toBytes());
        this.uploads = List.copyOf(uploads);
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LargeUpload upload = uploadOf(request);
        int limit = upload == null ? max : Math.toIntExact(upload.bodyLimit());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(request, response, upload);
        } else if (upload != null && declared < 0) {
            log.info("Upload without a declared length refused");
            refusals.refuse(request, response, HttpStatus.LENGTH_REQUIRED, FieldProblem.of(upload.field(),
                    "error.upload.lengthRequired", upload.field()), "error.upload.lengthRequired", upload.field());
        } else if (declared >= 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
            chain.doFilter(request, response);
        } else if (isFormPost(request)) {
            request.getParameterMap();
            if ("POST_TOO_LARGE".equals(String.valueOf(request.getAttribute(TOMCAT_PARSE_FAILURE)))) {
                tooLarge(request, response, null);
            } else {
                chain.doFilter(request, response);
            }
        } else {
            byte[] body = request.getInputStream().readNBytes(limit + 1);
            if (body.length > limit) {
                tooLarge(request, response, upload);
            } else {
                chain.doFilter(new BufferedBodyRequest(request, body), response);
            }
        }
    }

    private LargeUpload uploadOf(HttpServletRequest request) {
        String path = FilterRefusals.path(request);
        return uploads.stream().filter(u -> u.matches(request.getMethod(), path, request.getContentType()))
                .findFirst().orElse(null);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, LargeUpload upload)
            throws IOException {
        if (upload != null) {
            log.info("Upload over {} bytes refused", upload.bodyLimit());
            String limit = readable(upload.fileLimit().toBytes());
            refusals.refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, FieldProblem.of(upload.field(),
                    "error.upload.tooLarge", limit, upload.field()), "error.upload.tooLarge", limit, upload.field());
            return;
        }
        log.info("Request body over {} bytes refused", max);
        String limit = readable(max);
        refusals.refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
                FieldProblem.of(UnreadableBody.BODY, "error.body.tooLarge", limit), "error.body.tooLarge", limit);
    }

    private static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    static String readable(long bytes) {
        long mb = DataSize.ofMegabytes(1).toBytes();
        long kb = DataSize.ofKilobytes(1).toBytes();
        if (bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        return bytes % kb == 0 ? bytes / kb + " kB" : bytes + " B";
    }
}
