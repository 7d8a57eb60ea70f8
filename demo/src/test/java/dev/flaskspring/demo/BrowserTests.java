package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo in a real browser, headless Chromium driven by Selenium through Chromium's own driver: register, log
 * in, write a post, edit it, delete it (accepting the confirmation), log out; a screenshot of the page with the
 * post is saved under {@code target/screenshots/}. Skipped, with the reason, where no Chromium and chromedriver are
 * installed (Debian: {@code apt-get install -y chromium chromium-driver}); nothing is downloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTests {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startTheBrowser() {
        Optional<Path> driver = Optional.ofNullable(System.getProperty("webdriver.chrome.driver")).map(Path::of)
                .filter(Files::isExecutable).or(() -> onPath("chromedriver"));
        Optional<Path> binary = BROWSERS.stream().map(BrowserTests::onPath).flatMap(Optional::stream).findFirst();
        assumeTrue(driver.isPresent() && binary.isPresent(),
                "No Chromium and chromedriver on the PATH (Debian: apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(binary.get().toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void quitTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Optional<Path> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    /** {@code target/screenshots/}, beside the test classes. */
    private static Path screenshots() throws IOException {
        try {
            Path testClasses = Path.of(BrowserTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.createDirectories(testClasses.resolveSibling("screenshots"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void fill(String name, String value) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    private void submit(String value, String nextTitle) {
        browser.findElement(By.cssSelector("input[type=submit][value='" + value + "']")).click();
        wait.until(ExpectedConditions.titleIs(nextTitle));
    }

    private void follow(String link, String nextTitle) {
        browser.findElement(By.linkText(link)).click();
        wait.until(ExpectedConditions.titleIs(nextTitle));
    }

    private List<String> postTitles() {
        return browser.findElements(By.cssSelector("article.post h1")).stream().map(WebElement::getText).toList();
    }

    @Test
    void registerLogInWriteEditDeleteLogOut() throws IOException {
        String user = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "Seen by " + user;

        open("/");
        assertThat(browser.getTitle()).isEqualTo("Posts - Flaskr");
        follow("Register", "Register - Flaskr");
        fill("username", user);
        fill("password", "correct horse");
        submit("Register", "Log In - Flaskr");

        fill("username", user);
        fill("password", "wrong");
        submit("Log In", "Log In - Flaskr");
        assertThat(browser.findElement(By.className("flash")).getText()).isEqualTo("Incorrect password.");
        fill("username", user);
        fill("password", "correct horse");
        submit("Log In", "Posts - Flaskr");
        assertThat(browser.findElement(By.cssSelector("nav span")).getText()).isEqualTo(user);

        follow("New", "New Post - Flaskr");
        fill("title", title);
        fill("body", "Typed into a real browser.");
        submit("Save", "Posts - Flaskr");
        assertThat(postTitles()).contains(title);
        WebElement post = browser.findElement(By.xpath("//article[.//h1[text()='" + title + "']]"));
        assertThat(post.findElement(By.className("body")).getText()).isEqualTo("Typed into a real browser.");
        assertThat(post.findElement(By.className("about")).getText()).startsWith("by " + user + " on ");
        Path screenshot = screenshots().resolve("posts-" + TestDatabase.kind().toLowerCase(Locale.ROOT) + "-"
                + System.getProperty("flask.template-engine", "jinja") + ".png");
        Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(screenshot).isNotEmptyFile();

        post.findElement(By.linkText("Edit")).click();
        wait.until(ExpectedConditions.titleIs("Edit \"" + title + "\" - Flaskr"));
        fill("title", title + " (edited)");
        submit("Save", "Posts - Flaskr");
        assertThat(postTitles()).contains(title + " (edited)").doesNotContain(title);

        browser.findElement(By.xpath("//article[.//h1[text()='" + title + " (edited)']]//a[text()='Edit']")).click();
        wait.until(ExpectedConditions.titleContains("Edit"));
        browser.findElement(By.cssSelector("input.danger[value=Delete]")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.titleIs("Posts - Flaskr"));
        assertThat(postTitles()).doesNotContain(title + " (edited)");
        assertThat(browser.findElement(By.className("flash")).getText()).isEqualTo("Post deleted: " + title + " (edited)");

        follow("Log Out", "Posts - Flaskr");
        assertThat(browser.findElements(By.linkText("Log In"))).hasSize(1);
        open("/create");
        assertThat(browser.getTitle()).isEqualTo("Log In - Flaskr");
    }
}
