package no.smertereg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The request size limit: on the declared length, and on the bytes of a body sent without one (chunked). */
class RequestSizeLimitTest {

    private static final int LIMIT = 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(DataSize.ofBytes(LIMIT), refusals());
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
