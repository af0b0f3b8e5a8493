package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 18 point 8, the start pages and the header, in Debian chromium as each demo role. What failed on the old
 * main: the secretariat's and the report reader's start page said "Registerets egne sider kommer; bruk API-et eller
 * Tasklist" and linked neither the report reader's reports nor the system manager's pages; there was no overview
 * of an LC's pages; LC's header wrapped to three lines at 1366 px and had no Cockpit link, and the report reader's
 * header offered Tasklist, which refuses it.
 */
class StartPagesBrowserIT extends IntegrationTest {

    /** Each demo role and the pages (ids {@code start-<key>}) its start page lists, daily work first. */
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("sekretariat", List.of("reservations", "patientRights", "files", "api"));
        PAGES.put("rapport.haukeland", List.of("reports", "files", "api"));
        PAGES.put("merkantil.100320", List.of("worklist", "registration", "patientForms", "files", "api"));
        PAGES.put("admin", List.of("users", "migration", "cockpit", "camundaTasklist", "camundaAdmin", "files", "api"));
        PAGES.put("lu.haukeland", List.of("worklist", "registration", "patientForms", "reports", "camundaTasklist",
                "files", "api"));
        PAGES.put("lc.haukeland", List.of("worklist", "registration", "patientForms", "reports", "users", "cockpit",
                "audit", "camundaTasklist", "coverage", "files", "api"));
        PAGES.put("sc", List.of("worklist", "patientForms", "reports", "users", "registration", "reservations",
                "patientRights", "dataRequests", "audit", "camundaTasklist", "files", "api"));
        PAGES.put("fagrad.opr", List.of("dataRequests", "files", "api"));
    }

    @Test
    void everyRoleLandsOnAStartPageWithItsOwnWork() throws Exception {
        for (Map.Entry<String, List<String>> role : PAGES.entrySet()) {
            String username = role.getKey();
            try (RealBrowser browser = new RealBrowser(port, 1366, 1000)) {
                logIn(browser, username, "demo");
                boolean clinician = role.getValue().contains("worklist");
                assertThat(browser.url()).as(username + " lands on").endsWith(clinician ? "/arbeidsliste" : "/");
                if (clinician) {
                    browser.click("#user-menu summary");
                    browser.submitWith("#nav-startPage");
                }
                assertThat(browser.text()).doesNotContain("egne sider kommer", "bruk API-et eller Tasklist");
                List<WebElement> links = browser.find("#start-pages").findElements(By.cssSelector("dt a"));
                assertThat(links.stream().map(a -> a.getAttribute("id").substring("start-".length())).toList())
                        .as(username + "'s pages").containsExactlyElementsOf(role.getValue());
                for (WebElement explanation : browser.find("#start-pages").findElements(By.tagName("dd"))) {
                    assertThat(explanation.getText()).as("one line on what the page is for").hasSizeGreaterThan(20);
                }
                for (WebElement link : links) {
                    String path = link.getAttribute("pathname");
                    assertThat(browser.execute("return fetch(arguments[0], {credentials: 'same-origin'})"
                            + ".then(r => r.status)", path)).as(username + " may open " + path).isEqualTo(200L);
                }
                browser.screenshot("start-" + username);
            }
        }
    }

    @Test
    void theHeaderFitsOneLineAt1366ForEveryRole_withRoomForTwoMoreLinks_andOffersCockpitToWhoMayUseIt()
            throws Exception {
        for (Map.Entry<String, List<String>> role : PAGES.entrySet()) {
            String username = role.getKey();
            try (RealBrowser browser = new RealBrowser(port, 1366, 800)) {
                logIn(browser, username, "demo");
                browser.open("/startside");
                assertOneLine(browser, username);
                browser.screenshot("header-1366-" + username);

                browser.execute("""
                        const bar = document.getElementById('nav-main');
                        const more = document.getElementById('nav-more');
                        for (const label of ['Registerfiler', 'Min side']) {
                          const item = document.createElement('li');
                          item.className = 'nav-item';
                          const link = document.createElement('a');
                          link.className = 'nav-link';
                          link.href = '#';
                          link.textContent = label;
                          item.appendChild(link);
                          bar.insertBefore(item, more ? more.closest('li') : null);
                        }""");
                assertOneLine(browser, username + " with two more links");

                boolean cockpit = role.getValue().contains("cockpit");
                assertThat(browser.shown("#nav-main > li > #nav-cockpit")).as(username + ": Cockpit in the bar")
                        .isEqualTo(cockpit);
                assertThat(browser.execute("return document.getElementById('nav-camundaTasklist') !== null"))
                        .as(username + ": Tasklist (under Mer) only for who may open it")
                        .isEqualTo(role.getValue().contains("camundaTasklist"));
                if (cockpit) {
                    browser.submitWith("#nav-cockpit");
                    assertThat(browser.url()).contains("/camunda/app/cockpit/");
                }
            }
        }
    }

    /** Brand, links, menus and the log-out button on one line; nothing beyond the window's right edge. */
    private static void assertOneLine(RealBrowser browser, String who) {
        @SuppressWarnings("unchecked")
        Map<String, Number> line = (Map<String, Number>) browser.execute("""
                const header = document.getElementById('registry-header');
                const items = Array.from(header.querySelectorAll('.navbar-brand, #nav-main > li > a,'
                    + ' #nav-main > li > details > summary, #user-menu > summary, a[lang], button'))
                  .filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect());
                const middles = items.map(r => r.top + r.height / 2);
                return {height: header.getBoundingClientRect().height,
                        spread: Math.max(...middles) - Math.min(...middles),
                        right: Math.max(...items.map(r => r.right)),
                        window: document.documentElement.clientWidth,
                        overflow: header.scrollWidth - header.clientWidth};""");
        assertThat(line.get("spread").doubleValue()).as(who + ": every item on one line").isLessThan(6);
        assertThat(line.get("height").doubleValue()).as(who + ": the header is one line high").isLessThan(64);
        assertThat(line.get("right").doubleValue()).as(who + ": nothing beyond the window")
                .isLessThanOrEqualTo(line.get("window").doubleValue());
        assertThat(line.get("overflow").doubleValue()).as(who + ": nothing cut off").isLessThanOrEqualTo(0);
    }
}
