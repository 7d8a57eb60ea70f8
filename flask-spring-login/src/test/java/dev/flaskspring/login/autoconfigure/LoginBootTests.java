package dev.flaskspring.login.autoconfigure;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.FlaskConfigurer;
import dev.flaskspring.annotation.Decorate;
import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.login.Login;
import dev.flaskspring.login.LoginManager;
import dev.flaskspring.login.LoginOptions;
import dev.flaskspring.login.LoginRequired;
import dev.flaskspring.login.RememberCookie;
import dev.flaskspring.login.UserLoader;
import dev.flaskspring.login.UserLoggedIn;
import dev.flaskspring.login.UserMixin;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Flask-Login under Spring Boot, served by Boot's Tomcat: the artifact on the classpath and a {@code UserLoader}
 * bean are all an application adds; {@code @Decorate(LoginRequired.class)} guards {@code @Views} methods, a
 * {@code @RestController} beside them answers as before (and can read the remember cookie), and the login
 * signals reach {@code @EventListener}s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "flask.secret-key=a test secret key", "flask.remember-cookie-duration=7d", "server.address=127.0.0.1"})
class LoginBootTests {

    record User(String getId, String name) implements UserMixin {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        final List<UserLoggedIn> loggedIn = new CopyOnWriteArrayList<>();

        @Bean
        UserLoader users() {
            return id -> id.equals("1") ? new User("1", "Notch") : null;
        }

        @Bean
        FlaskConfigurer loginView(LoginManager loginManager) {
            return app -> loginManager.setLoginView("auth.signin");
        }

        @Bean
        AuthViews authViews() {
            return new AuthViews();
        }

        @Bean
        ProfileViews profileViews() {
            return new ProfileViews();
        }

        @Bean
        Api api(Flask app) {
            return new Api(app);
        }

        @EventListener
        void on(UserLoggedIn event) {
            loggedIn.add(event);
        }
    }

    @Views(blueprint = "auth", urlPrefix = "/auth")
    static class AuthViews {
        @Get("/signin")
        Object signin() {
            return "Sign in, then go to " + request().args().get("next");
        }

        @Get("/login/<user_id>")
        Object login(String user_id) {
            User user = user_id.equals("1") ? new User("1", "Notch") : null;
            return String.valueOf(Login.loginUser(user, LoginOptions.builder().remember().build()));
        }
    }

    @Views
    static class ProfileViews {
        @Get("/profile")
        @Decorate(LoginRequired.class)
        Object profile() {
            return "Hello " + ((User) Login.currentUser()).name();
        }
    }

    @RestController
    static class Api {
        private final Flask app;

        Api(Flask app) {
            this.app = app;
        }

        @GetMapping("/api/remembered")
        String remembered(@CookieValue(name = "remember_token", required = false) String cookie) {
            String id = cookie == null ? null : RememberCookie.decode(cookie, app.config().get("SECRET_KEY"));
            return "remembered user " + id;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    App application;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLoginRequiredViewRedirectsToTheBlueprintsSignInPage() throws Exception {
        HttpResponse<String> rv = get("/profile");
        assertThat(rv.statusCode()).isEqualTo(302);
        String location = rv.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/auth/signin?next=%2Fprofile");
        assertThat(get(location).body()).isEqualTo("Sign in, then go to /profile");
    }

    @Test
    void aLoggedInUserPassesAndTheRestControllerReadsTheRememberCookie() throws Exception {
        assertThat(get("/api/remembered").body()).isEqualTo("remembered user null");
        HttpResponse<String> login = get("/auth/login/1");
        assertThat(login.body()).isEqualTo("true");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("remember_token=" + RememberCookie.encode("1", "a test secret key") + "; Expires=")
                .endsWith("; HttpOnly; Path=/"));
        assertThat(get("/profile").body()).isEqualTo("Hello Notch");
        assertThat(get("/api/remembered").body()).isEqualTo("remembered user 1");
        assertThat(application.loggedIn).anySatisfy(e -> assertThat(e.user().getId()).isEqualTo("1"));
    }

    @Test
    void theRememberCookieLastsRememberCookieDuration() throws Exception {
        HttpResponse<String> login = get("/auth/login/1");
        String remember = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("remember_token=")).findFirst().orElseThrow();
        String expires = remember.replaceAll(".*; Expires=([^;]+);.*", "$1");
        Instant at = java.time.ZonedDateTime.parse(expires, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
        assertThat(at).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(3600),
                Instant.now().plus(Duration.ofDays(7)).plusSeconds(3600));
    }
}
