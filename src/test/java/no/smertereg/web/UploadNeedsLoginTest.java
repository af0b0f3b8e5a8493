package no.smertereg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.ServletInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.util.unit.DataSize;

/** An upload's body is read only for a logged-in sender; anyone else is refused before a byte of it is read. */
class UploadNeedsLoginTest {

    private static final LargeUpload UPLOAD = new LargeUpload("POST", "/registerfiler", DataSize.ofMegabytes(20),
            "file");

    private final UploadNeedsLogin filter = new UploadNeedsLogin(List.of(UPLOAD), RequestSizeLimitTest.refusals());
    private final MockFilterChain chain = new MockFilterChain();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void anUploadWithoutALogin_is401_itsBodyUnread_andTheConnectionClosed() throws Exception {
        UnreadBody request = upload();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("Connection")).isEqualTo("close");
        assertThat(chain.getRequest()).isNull();
        assertThat(request.bodyTouched).isFalse();
        assertThat(request.getAttribute("detail")).asString().contains("logget inn");
    }

    @Test
    void anAnonymousSession_isNoLogin() throws Exception {
        UnreadBody request = upload();
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new AnonymousAuthenticationToken("key", "anonymous",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))));

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(request.bodyTouched).isFalse();
    }

    @Test
    void aLoggedInSession_orOwnCredentials_passOnToTheSecurityChecks() throws Exception {
        UnreadBody session = upload();
        session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("sc.nasjonal", null,
                        AuthorityUtils.createAuthorityList("SC"))));
        filter.doFilter(session, response, chain);
        assertThat(chain.getRequest()).isSameAs(session);

        UnreadBody basic = upload();
        basic.addHeader("Authorization", "Basic c2M6ZGVtbw==");
        MockFilterChain basicChain = new MockFilterChain();
        filter.doFilter(basic, new MockHttpServletResponse(), basicChain);
        assertThat(basicChain.getRequest()).as("Spring Security checks the credentials").isSameAs(basic);
    }

    @Test
    void otherRequests_passWithoutALogin() throws Exception {
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/login");
        form.setContentType("application/x-www-form-urlencoded");
        filter.doFilter(form, response, chain);
        assertThat(chain.getRequest()).isSameAs(form);

        MockHttpServletRequest elsewhere = new MockHttpServletRequest("POST", "/registerfiler/1/fjerning");
        elsewhere.setContentType("multipart/form-data; boundary=x");
        MockFilterChain otherChain = new MockFilterChain();
        filter.doFilter(elsewhere, new MockHttpServletResponse(), otherChain);
        assertThat(otherChain.getRequest()).isSameAs(elsewhere);
    }

    private static UnreadBody upload() {
        UnreadBody request = new UnreadBody();
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent("--x\r\n".getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** A multipart POST to the upload path that notes whether anything asked for its body or its parameters. */
    private static final class UnreadBody extends MockHttpServletRequest {

        private boolean bodyTouched;

        UnreadBody() {
            super("POST", "/registerfiler");
        }

        @Override
        public ServletInputStream getInputStream() {
            bodyTouched = true;
            return new DelegatingServletInputStream(new ByteArrayInputStream(getContentAsByteArray()));
        }

        @Override
        public String getParameter(String name) {
            bodyTouched = true;
            return super.getParameter(name);
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            bodyTouched = true;
            return super.getParameterMap();
        }
    }
}
