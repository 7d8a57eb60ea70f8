package dev.flaskspring.autoconfigure;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.annotation.Post;
import dev.flaskspring.annotation.Views;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Under Spring Boot, Flask's request limits are in force for Flask's routes rather than Tomcat's and Spring's
 * multipart caps, while {@code @Controller}s keep Tomcat's form-post cap.
 */
class FlaskLimitsBootTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class UploadApp {
        @Bean
        Uploads uploads() {
            return new Uploads();
        }

        @Bean
        SpringForm springForm() {
            return new SpringForm();
        }
    }

    @org.springframework.web.bind.annotation.RestController
    static class SpringForm {
        @org.springframework.web.bind.annotation.PutMapping("/spring-form")
        String put(@org.springframework.web.bind.annotation.RequestParam String name) {
            return "spring name=" + name;
        }

        @org.springframework.web.bind.annotation.PostMapping("/spring-post")
        String post(@org.springframework.web.bind.annotation.RequestParam java.util.List<String> name) {
            return "spring " + name.size() + " names, " + name.stream().mapToInt(String::length).sum() + " chars, last "
                    + name.get(name.size() - 1).substring(0, Math.min(3, name.get(name.size() - 1).length()));
        }
    }

    @Views
    static class Uploads {
        @dev.flaskspring.annotation.Put("/form")
        Object putForm() {
            return "name=" + request().form().get("name");
        }

        @dev.flaskspring.annotation.Get("/fails")
        Object fails() {
            throw new IllegalStateException("a secret detail");
        }

        @dev.flaskspring.annotation.Get("/errors")
        Object errors() {
            throw new StackOverflowError("a secret detail");
        }

        @Post("/post")
        Object post() {
            return "flask name of " + request().form().get("name").length() + " chars";
        }

        @Post("/upload")
        Object upload() {
            return request().form().size() + " fields, " + request().files().size() + " files";
        }
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(UploadApp.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
                .properties(properties).run();
    }

    private static int post(ConfigurableApplicationContext context, int fields, int fileBytes) throws Exception {
        String boundary = "b0undary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < fields; i++) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"f" + i + "\"\r\n\r\nv\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[fileBytes]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String port = context.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void flasksDefaultsReplaceTomcatsAndSpringsCaps() throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            Environment env = context.getEnvironment();
            assertThat(env.getProperty("server.tomcat.max-part-count")).isEqualTo("1000");
            assertThat(env.getProperty("spring.servlet.multipart.max-request-size")).isEqualTo("-1");
            assertThat(post(context, 60, 3 * 1024 * 1024)).isEqualTo(200);
            assertThat(post(context, 1001, 0)).isEqualTo(413);
        }
    }

    @Test
    void aPutFormBodyReachesTheFlaskViewAndStillReachesControllers() throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(put(context, "/form")).isEqualTo("name=Ada");
            assertThat(put(context, "/spring-form")).isEqualTo("spring name=Ada");
        }
    }

    private static String put(ConfigurableApplicationContext context, String path) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .PUT(HttpRequest.BodyPublishers.ofString("name=Ada")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpResponse<String> postForm(ConfigurableApplicationContext context, String pathAndQuery, String body,
            boolean chunked) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                                : HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void controllersKeepTomcatsFormPostCapWhileFlaskRoutesHaveFlasksLimits() throws Exception {
        try (ConfigurableApplicationContext context = start("flask.max-form-memory-size=5000000")) {
            String large = "name=" + "x".repeat(3_000_000);
            assertThat(postForm(context, "/spring-post", large, false).statusCode()).isEqualTo(413);
            assertThat(postForm(context, "/spring-post", large, true).statusCode()).isEqualTo(413);
            assertThat(postForm(context, "/spring-post", "name=" + "x".repeat(1_000_000), true).body())
                    .isEqualTo("spring 1 names, 1000000 chars, last xxx");
            assertThat(postForm(context, "/spring-post?name=q", "name=abc&name=d%C3%A9", true).body())
                    .isEqualTo("spring 3 names, 6 chars, last dé");
            assertThat(postForm(context, "/post", large, false).body()).isEqualTo("flask name of 3000000 chars");
            assertThat(postForm(context, "/post", large, true).body()).isEqualTo("flask name of 3000000 chars");
            assertThat(postForm(context, "/post", "name=" + "x".repeat(5_000_001), false).statusCode()).isEqualTo(413);
        }
    }

    @Test
    void anExplicitFormPostSizeIsTheControllersCap() throws Exception {
        try (ConfigurableApplicationContext context = start("server.tomcat.max-http-form-post-size=1KB")) {
            assertThat(postForm(context, "/spring-post", "name=" + "x".repeat(2_000), false).statusCode()).isEqualTo(413);
            assertThat(postForm(context, "/spring-post", "name=" + "x".repeat(2_000), true).statusCode()).isEqualTo(413);
            assertThat(postForm(context, "/spring-post", "name=" + "x".repeat(1_000), true).statusCode()).isEqualTo(200);
            assertThat(postForm(context, "/post", "name=" + "x".repeat(2_000), false).body())
                    .isEqualTo("flask name of 2000 chars");
        }
    }

    @Test
    void noExceptionDetailReachesAResponse() throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            String port = context.getEnvironment().getProperty("local.server.port");
            for (String path : new String[] {"/fails", "/errors"}) {
                HttpResponse<String> rv = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(rv.statusCode()).as(path).isEqualTo(500);
                assertThat(rv.body()).as(path).doesNotContain("secret detail").doesNotContain("at dev.flaskspring");
            }
        }
    }

    @Test
    void flaskPropertiesSetTheLimitsAndExplicitSpringPropertiesWin() throws Exception {
        try (ConfigurableApplicationContext context = start("flask.max-content-length=1048576", "flask.max-form-parts=20",
                "spring.servlet.multipart.file-size-threshold=1KB")) {
            Environment env = context.getEnvironment();
            assertThat(env.getProperty("spring.servlet.multipart.max-request-size")).isEqualTo("1048576");
            assertThat(env.getProperty("spring.servlet.multipart.file-size-threshold")).isEqualTo("1KB");
            assertThat(post(context, 10, 1000)).isEqualTo(200);
            assertThat(post(context, 30, 1000)).isEqualTo(413);
            assertThat(post(context, 1, 2 * 1024 * 1024)).isEqualTo(413);
        }
    }
}
