package no.smertereg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.FormContentFilter;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The request size limit: on the declared length, and on the bytes of a body sent without one (chunked). */
class RequestSizeLimitTest {

    private static final int LIMIT = 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final LargeUpload UPLOAD = new LargeUpload("POST", "/registerfiler", DataSize.ofBytes(4 * LIMIT),
            "file");

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(DataSize.ofBytes(LIMIT),
            List.of(UPLOAD), refusals());
    private final MockFilterChain chain = new MockFilterChain();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aDeclaredLengthOverTheLimitIs413NamingTheBody_unread() throws Exception {
        MockHttpServletRequest request = json("/api/courses", LIMIT + 1);

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
        JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("body");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("1 kB");
        assertThat(problem.path("status").asInt()).isEqualTo(413);
    }

    @Test
    void aBodyWithinTheLimitPassesUntouched() throws Exception {
        MockHttpServletRequest request = json("/api/courses", LIMIT);

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyOverTheLimitIsCountedAndRefused() throws Exception {
        filter.doFilter(chunked(json("/engine-rest/task/count", LIMIT + 1)), response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheApplicationWhole() throws Exception {
        filter.doFilter(chunked(json("/api/courses", LIMIT)), response, chain);

        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThat(passed.getInputStream().readAllBytes()).hasSize(LIMIT).containsOnly((byte) 'x');
        assertThat(passed.getContentLengthLong()).isEqualTo(LIMIT);
    }

    @Test
    void aChunkedFormPostTomcatFoundTooLargeIs413_aPageForAPage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/forlop/1/skjema/TO/kommentar");
        request.setContentType("application/x-www-form-urlencoded");
        request.addHeader("Transfer-Encoding", "chunked");
        request.setAttribute("org.apache.catalina.parameter_parse_failed_reason", "POST_TOO_LARGE");

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getErrorMessage()).isNull();
        assertThat(request.getAttribute("detail")).asString().contains("1 kB");
        assertThat(chain.getRequest()).isNull();
    }

    /** Tomcat parses form bodies of POST only; Spring's FormContentFilter would read a PUT's whole, unbounded. */
    @Test
    void aChunkedPutFormOverTheLimitIs413NamingTheBody_readNoFurtherThanOneByteOverTheLimit() throws Exception {
        MockHttpServletRequest put = new MockHttpServletRequest("PUT", "/api/courses/1/personal-data");
        put.setContentType("application/x-www-form-urlencoded");
        put.setContent(("Epost=" + "x".repeat(10 * LIMIT)).getBytes(StandardCharsets.UTF_8));
        CountingRequest request = new CountingRequest(chunked(put));

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
        JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("body");
        assertThat(request.bytesRead()).isLessThanOrEqualTo(LIMIT + 1);
    }

    @Test
    void aChunkedPatchOrDeleteFormWithinTheLimitReachesSpringsFormFilterWhole() throws Exception {
        for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
            MockHttpServletRequest request = new MockHttpServletRequest(method, "/forlop/1/po");
            request.setContentType("application/x-www-form-urlencoded");
            request.setContent("Epost=ola%40example.no&Mobil=12345678".getBytes(StandardCharsets.UTF_8));
            Map<String, String[]> seen = new HashMap<>();
            HttpServlet application = new HttpServlet() {
                @Override
                protected void service(HttpServletRequest passed, HttpServletResponse answer) {
                    seen.putAll(passed.getParameterMap());
                }
            };

            filter.doFilter(chunked(request), new MockHttpServletResponse(),
                    new MockFilterChain(application, new FormContentFilter()));

            assertThat(seen).as(method).containsOnlyKeys("Epost", "Mobil");
            assertThat(seen.get("Epost")).as(method).containsExactly("ola@example.no");
        }
    }

    @Test
    void theDeclaredUploadTakesABodyUpToItsOwnLimit_onlyAsMultipartAtItsMethodAndPath() throws Exception {
        filter.doFilter(upload("POST", "/registerfiler", (int) UPLOAD.bodyLimit()), response, chain);
        assertThat(chain.getRequest()).as("the upload path takes its file and envelope").isNotNull();

        for (MockHttpServletRequest other : new MockHttpServletRequest[] {upload("POST", "/registerfiler/1",
                LIMIT + 1), upload("PUT", "/registerfiler", LIMIT + 1), upload("POST", "/forlop/1/po", LIMIT + 1),
                json("/registerfiler", LIMIT + 1)}) {
            MockFilterChain otherChain = new MockFilterChain();
            MockHttpServletResponse otherResponse = new MockHttpServletResponse();
            filter.doFilter(other, otherResponse, otherChain);
            assertThat(otherResponse.getStatus()).as(other.getMethod() + " " + other.getRequestURI()).isEqualTo(413);
            assertThat(otherChain.getRequest()).isNull();
        }
    }

    @Test
    void anUploadOverItsOwnLimitIs413NamingTheFileField_unread() throws Exception {
        MockHttpServletRequest request = upload("POST", "/registerfiler", (int) UPLOAD.bodyLimit() + 1);
        request.addHeader("Accept", "text/html");

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
        assertThat(request.getAttribute("detail")).asString().contains("«file»", "4 kB");
    }

    /** Nothing of an upload is read before its sender's login is checked (UploadNeedsLogin), so it declares its length. */
    @Test
    void anUploadWithoutADeclaredLengthIs411NamingTheFileField_unread() throws Exception {
        MockHttpServletRequest upload = upload("POST", "/registerfiler", 2 * LIMIT);
        CountingRequest request = new CountingRequest(chunked(upload));

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(411);
        assertThat(chain.getRequest()).isNull();
        assertThat(request.bytesRead()).isZero();
        assertThat(upload.getAttribute("detail")).asString().contains("«file»");
    }

    @Test
    void limitsAreShownAsPeopleWriteThem() {
        assertThat(RequestSizeLimitFilter.readable(DataSize.ofMegabytes(1).toBytes())).isEqualTo("1 MB");
        assertThat(RequestSizeLimitFilter.readable(512 * 1024)).isEqualTo("512 kB");
        assertThat(RequestSizeLimitFilter.readable(1000)).isEqualTo("1000 B");
    }

    private static MockHttpServletRequest json(String path, int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("application/json");
        request.setContent("x".repeat(bytes).getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static MockHttpServletRequest upload(String method, String path, int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent("x".repeat(bytes).getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** The same request as a client sends it without a length: Transfer-Encoding chunked. */
    private static HttpServletRequest chunked(MockHttpServletRequest request) {
        request.addHeader("Transfer-Encoding", "chunked");
        return new HttpServletRequestWrapper(request) {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
    }

    /** A request that counts the bytes the filter takes from its body. */
    private static final class CountingRequest extends HttpServletRequestWrapper {

        private final ServletInputStream body;
        private int read;

        CountingRequest(HttpServletRequest request) throws IOException {
            super(request);
            ServletInputStream in = request.getInputStream();
            this.body = new DelegatingServletInputStream(new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    read += b < 0 ? 0 : 1;
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    read += Math.max(n, 0);
                    return n;
                }
            });
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }

        int bytesRead() {
            return read;
        }
    }

    static FilterRefusals refusals() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(Locale.forLanguageTag("nb"));
        return new FilterRefusals(messages, locales, new ObjectMapper());
    }
}
