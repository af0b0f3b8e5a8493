package no.smertereg.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, through Debian's chromedriver: a real browser for page tests, never downloaded.
 * Install with {@code apt-get install chromium chromium-driver} ({@code .ci/run} does it on a fresh machine).
 */
final class RealBrowser implements AutoCloseable {

    static final String CHROMIUM = System.getenv().getOrDefault("REGISTRY_TEST_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("REGISTRY_TEST_CHROMEDRIVER",
            "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path home;
    private final int port;

    RealBrowser(int port, int width, int height) throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The page tests need Debian's chromium and chromedriver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (see README)");
        }
        this.port = port;
        this.home = Files.createTempDirectory("registry-browser");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().withEnvironment(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME",
                        home.resolve("config").toString(), "XDG_CACHE_HOME", home.resolve("cache").toString()))
                .build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + home.resolve("profile"), "--lang=nb-NO", "--accept-lang=nb-NO,nb");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nb-NO,nb"));
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    RealBrowser open(String path) {
        driver.get("http://localhost:" + port + path);
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    boolean shown(String css) {
        return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Waits until an element with this text appears, for single-page apps such as Camunda's webapps that load their
     * texts and data after the page (up to 30 s: the first load of a webapp on a busy machine is slow).
     */
    void waitUntilShownWith(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(css)).stream()
                .anyMatch(e -> e.isDisplayed() && e.getText().contains(text)));
    }

    /** The page's width in CSS pixels against the window's: more means a horizontal scroll bar. */
    long scrollWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    long viewportWidth() {
        return ((Number) driver.executeScript("return document.documentElement.clientWidth")).longValue();
    }

    /** Clicks something that loads a new page and waits until it has. */
    void submitWith(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        clickOnly(css);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(page));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Scrolls the element to the middle of the window first, so that no sticky part of the page covers it; then
     * waits until the form's conditions have answered the change (issue 18), as a user sees the questions it shows.
     */
    void click(String css) {
        clickOnly(css);
        conditionsApplied();
    }

    private void clickOnly(String css) {
        WebElement element = find(css);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    /**
     * Waits until no form of the page waits for the server's answer which of its questions the answers hide
     * ({@code js/form-conditions.js} marks such a form {@code data-conditions-state="pending"}).
     */
    void conditionsApplied() {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(40)).until(d -> {
            try {
                return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return !document.querySelector('form[data-conditions-state=pending]')"));
            } catch (org.openqa.selenium.WebDriverException e) {
                return false; // a click that loads a new page: ask the new one
            }
        });
    }

    /** Runs a script in the page and returns what it returns. */
    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /**
     * Waits until the element's text starts with this, for parts of a page that change without a reload: an element
     * swapped out between finding it and reading it (htmx replacing the row) is looked up again.
     */
    void waitUntilText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(css)).getText().startsWith(text));
    }

    /**
     * Whether the old page has been replaced. Chromedriver answers a check on an element of a page being torn down
     * either "stale" or, during the navigation, with an inspector error; both mean it is gone.
     */
    private static boolean gone(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    /** Sets a date input's value directly: typing into it depends on the browser's locale. */
    void setDate(String css, String isoDate) {
        driver.executeScript("arguments[0].value = arguments[1]", find(css), isoDate);
    }

    /** Chooses a file in a file input, as a person does in the browser's file dialog. */
    void chooseFile(String css, Path file) {
        find(css).sendKeys(file.toAbsolutePath().toString());
    }

    /** Lets the browser save what it downloads into this folder without asking (Chromium's DevTools command). */
    void downloadTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                folder.toAbsolutePath().toString()));
    }

    /** The browser's download, once it has finished (Chrome writes a {@code .crdownload} until then). */
    static Path waitForDownload(Path file) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(100))
                .alias("download " + file.getFileName() + " in " + file.getParent())
                .until(() -> Files.isRegularFile(file)
                        && !Files.exists(file.resolveSibling(file.getFileName() + ".crdownload")));
        return file;
    }

    /**
     * Whether leaving the page now would make the browser ask first (the page cancels its {@code beforeunload}).
     * Chromedriver answers that question itself when a click leaves, so this asks the page.
     */
    boolean asksBeforeLeaving() {
        return Boolean.TRUE.equals(driver.executeScript("var leave = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(leave); return leave.defaultPrevented;"));
    }

    /**
     * The inputs, selects and text areas on the page that a screen reader would announce without a name: neither a
     * {@code <label for>}, an enclosing label, nor an aria-label. Hidden inputs do not count.
     */
    List<String> unlabelledFields() {
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) driver.executeScript("""
                return Array.from(document.querySelectorAll('input, select, textarea'))
                  .filter(f => f.type !== 'hidden')
                  .filter(f => !(f.labels && f.labels.length) && !f.getAttribute('aria-label'))
                  .map(f => f.outerHTML.substring(0, 120));""");
        return unlabelled;
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, for people to look at. */
    void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** Chooses the option with this visible text in a select element. */
    void selectText(String css, String text) {
        new org.openqa.selenium.support.ui.Select(find(css)).selectByVisibleText(text);
        conditionsApplied();
    }

    /** Chooses the option with this value in a select element. */
    void select(String css, String value) {
        new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
        conditionsApplied();
    }

    /** Runs a script in the page and returns what it returns (numbers as Long or Double, lists, maps, strings). */
    Object execute(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
