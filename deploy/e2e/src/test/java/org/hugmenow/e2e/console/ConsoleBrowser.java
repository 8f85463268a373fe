package org.hugmenow.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium driven by its own chromedriver (DESIGN.md §2), with what every console
 * test does: sign in through Keycloak's real login page, check the page with axe-core (serious
 * and critical violations fail), and keep a screenshot under target/console-screenshots.
 */
public final class ConsoleBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private final Path screenshots;
    private static final List<String> BLOCKING = List.of("serious", "critical");

    final WebDriver driver;
    private final String base;
    private final Path profile;

    public ConsoleBrowser(String base) throws IOException {
        this(base, SCREENSHOTS);
    }

    /** A browser whose screenshots go to {@code screenshots} (the employee app keeps its own folder). */
    public ConsoleBrowser(String base, Path screenshots) throws IOException {
        this.screenshots = screenshots;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.profile = Files.createTempDirectory("console-chromium");
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--lang=en-US", "--user-data-dir=" + profile, "--window-size=1280,900");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-US,en",
                "download.default_directory", downloads().toString(), "download.prompt_for_download", false));
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(ChromeDriverService.createDefaultService(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(screenshots);
    }

    /** Where files the page downloads land. */
    public Path downloads() {
        return profile.resolve("downloads");
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** The front door with a slug or e-mail, then Keycloak's own login form. Ends on the console's overview. */
    public void signInThroughFrontDoor(String who, String username, String password) {
        open("/console/");
        type(By.id("door:who"), who);
        driver.findElement(By.id("door:continue")).click();
        keycloakLogin(username, password);
    }

    /** Keycloak's login page as a person sees it: username, password, the sign-in button. */
    public void keycloakLogin(String username, String password) {
        submitKeycloakLogin(username, password);
        waitUntilPath("/console/home.xhtml");
    }

    /** Fills in and submits Keycloak's login form, wherever it then leads. */
    public void submitKeycloakLogin(String username, String password) {
        WebElement user = waitFor(By.id("username"));
        assertTrue(driver.getCurrentUrl().contains("/protocol/openid-connect/auth"), driver.getCurrentUrl());
        user.clear(); // a login_hint may have filled it in
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    public void signOut() {
        driver.findElement(By.id("signout:signOut")).click();
        waitUntilPath("/console/signed-out.xhtml");
    }

    public WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + locator + " at " + driver.getCurrentUrl() + "; the page says: " + pageText()
                    + "; browser log: " + browserLog(), e);
        }
    }

    private String pageText() {
        String text = driver.findElement(By.tagName("body")).getText();
        return text.length() > 1500 ? text.substring(0, 1500) : text;
    }

    private String browserLog() {
        try {
            return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(e -> e.getLevel() + " " + e.getMessage()).collect(Collectors.joining(" | "));
        } catch (RuntimeException unavailable) {
            return "(unavailable)";
        }
    }

    /** Clicks what the locator finds, finding it again when an ajax update replaced it in between. */
    public void clickFresh(By locator) {
        for (int attempt = 1; ; attempt++) {
            try {
                waitFor(locator).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.JavascriptException e) {
                if (attempt == 5) {
                    throw e;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 5 || !String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    throw e;
                }
            }
        }
    }

    /**
     * Waits until the element holds the text. An ajax update may replace the element between
     * finding it and reading it (Chrome: "does not belong to the document"); that is read again.
     */
    public void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .withMessage(() -> "waiting for " + locator + " to contain \"" + text + "\"; it holds: " + currentText(locator))
                .until(d -> currentText(locator).contains(text));
    }

    private String currentText(By locator) {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(locator).getText();
            } catch (org.openqa.selenium.NoSuchElementException e) {
                return "";
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    return "";
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 5 || !String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    throw e;
                }
            }
        }
    }

    public void waitUntilPath(String path) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> path().startsWith(path));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not at " + path + " but at " + driver.getCurrentUrl() + "; the page says: " + pageText()
                    + "; browser log: " + browserLog(), e);
        }
    }

    public void type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    public String text(By locator) {
        waitFor(locator);
        return currentText(locator);
    }

    public String heading() {
        return text(By.tagName("h1"));
    }

    /** Clicks a button that asks for confirmation, then the dialog's "Yes". */
    public void clickAndConfirm(By button) {
        waitFor(button).click();
        waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes, .ui-confirmdialog .ui-confirmdialog-yes")).click();
    }

    /** axe-core on the current page; a serious or critical violation fails the test. Then a screenshot. */
    public void check(String name) throws IOException {
        settle();
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> blocking = results.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact())).toList();
        screenshot(name);
        assertTrue(blocking.isEmpty(), name + " (" + path() + ") has accessibility violations:\n" + blocking.stream()
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }

    /**
     * The page at rest before axe measures it: the button just clicked loses focus and hover, and
     * its colour transition ends. Measured mid-transition, a button's text fails colour contrast
     * against a background that is half-way between two colours (a CI run failed on that).
     */
    private void settle() {
        ((JavascriptExecutor) driver).executeScript("if (document.activeElement && document.activeElement !== document.body"
                + " && document.activeElement.matches('button, .ui-button')) { document.activeElement.blur(); }");
        new org.openqa.selenium.interactions.Actions(driver).moveToLocation(0, 0).perform();
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name + ".png"), png);
    }

    /** The page fits a phone's width: nothing scrolls sideways at 375 px. */
    public void assertFitsWidth(int width) {
        driver.manage().window().setSize(new Dimension(width, 812));
        Number scroll = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertTrue(scroll.intValue() <= width, path() + " is " + scroll + " px wide at a " + width + " px window");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    public void assertRefused() {
        assertEquals("Access refused", heading(), path());
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
