package no.smertereg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerMapping;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;

/** Control characters in query and form parameters: 400 naming the parameter; the engine's paths are not ours. */
class StrictParametersTest {

    private final ControlCharacterFilter filter = new ControlCharacterFilter(RequestSizeLimitTest.refusals());
    private final MockFilterChain chain = new MockFilterChain();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aControlCharacterInAnApiParameterIs400ProblemJsonNamingTheParameter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/worklist");
        request.addParameter("sort", "startDate");
        request.addParameter("unit", "100082\u0000");

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(chain.getRequest()).isNull();
        JsonNode problem = new ObjectMapper().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("unit");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("kontrolltegn")
                .doesNotContain("100082");
    }

    @Test
    void aControlCharacterInAPageFormIsA400PageNamingTheField() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/forlop/1/skjema/TO/kommentar");
        request.addParameter("comment", "Ring\u0007 pasienten");

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(request.getAttribute("detail")).asString().contains("«comment»");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aParameterNameWithControlCharactersIsNotEchoed() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/worklist");
        request.addParameter("un\u0000it", "1");

        filter.doFilter(request, response, chain);

        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"parameters\"")
                .doesNotContain("un\\u0000it");
    }

    @Test
    void freeTextKeepsTabsAndLineBreaks_andTheEnginesPathsAreLeftToTheEngine() throws Exception {
        MockHttpServletRequest text = new MockHttpServletRequest("POST", "/forlop/1/skjema/TO/kommentar");
        text.addParameter("comment", "Linje 1\r\nLinje 2\tø");
        filter.doFilter(text, response, chain);
        assertThat(chain.getRequest()).isSameAs(text);

        MockHttpServletRequest engine = new MockHttpServletRequest("GET", "/engine-rest/task");
        engine.addParameter("nameLike", "\u0000");
        MockFilterChain engineChain = new MockFilterChain();
        filter.doFilter(engine, new MockHttpServletResponse(), engineChain);
        assertThat(engineChain.getRequest()).isSameAs(engine);
    }

    @Test
    void aControlCharacterInAPathVariableIsRefusedNamingTheVariable() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/units/1000%0182");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("reshId", "1000\u000182"));

        assertThatThrownBy(() -> new PathVariableCheck().preHandle(request, response, new Object()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("reshId", "error.field.controlCharacter")));

        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("reshId", "100082"));
        assertThat(new PathVariableCheck().preHandle(request, response, new Object())).isTrue();
    }
}
