package dev.flaskspring.autoconfigure;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Async views under Spring Boot: served through Spring MVC's async support on Boot's task executor (or
 * virtual threads), with Spring MVC's async timeout answered by 503.
 */
class FlaskAsyncBootTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class AsyncApp {
        @Bean
        AsyncViews asyncViews() {
            return new AsyncViews();
        }
    }

    @Views
    static class AsyncViews {
        @Get("/future")
        Object future() {
            return CompletableFuture.supplyAsync(() -> "future");
        }

        @Get("/callable")
        Object callable() {
            return (Callable<Object>) () -> request().path() + " on " + Thread.currentThread().getName();
        }

        @Get("/never")
        Object never() {
            return new CompletableFuture<>();
        }
    }

    private static String get(ConfigurableApplicationContext context, String path, int status) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> rv = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rv.statusCode()).as(path).isEqualTo(status);
        return rv.body();
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(AsyncApp.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
                .properties(properties).run();
    }

    @Test
    void asyncViewsRunOnBootsTaskExecutorInTheRequestContext() throws Exception {
        try (ConfigurableApplicationContext context = start("spring.mvc.async.request-timeout=300ms")) {
            assertThat(get(context, "/future", 200)).isEqualTo("future");
            assertThat(get(context, "/callable", 200)).startsWith("/callable on task-");
            assertThat(get(context, "/never", 503)).contains("Service Unavailable");
        }
    }

    @Test
    void virtualThreadsRunCallableViewsWhereTheJavaVersionHasThem() throws Exception {
        try (ConfigurableApplicationContext context = start("flask.virtual-threads=true")) {
            String expected = Runtime.version().feature() >= 21 ? "/callable on flask-virtual-" : "/callable on task-";
            assertThat(get(context, "/callable", 200)).startsWith(expected);
            assertThat(context.getBean(dev.flaskspring.Flask.class).config()).doesNotContainKey("VIRTUAL_THREADS");
        }
    }
}
