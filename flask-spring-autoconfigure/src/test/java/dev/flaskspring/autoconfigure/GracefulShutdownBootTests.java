package dev.flaskspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** Closing the context (what SIGTERM does) lets a slow request in flight finish and refuses new ones. */
class GracefulShutdownBootTests {

    static final CountDownLatch STARTED = new CountDownLatch(1);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class SlowApp {
        @Bean
        SlowViews slowViews() {
            return new SlowViews();
        }
    }

    @Views
    static class SlowViews {
        @Get("/slow")
        Object slow() throws InterruptedException {
            STARTED.countDown();
            Thread.sleep(1500);
            return "finished";
        }

        @Get("/fast")
        Object fast() {
            return "fast";
        }
    }

    @Test
    void inFlightRequestsCompleteAndNewOnesAreRefused() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SlowApp.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        "server.shutdown=graceful")
                .run();
        String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
                HttpRequest.newBuilder(URI.create(base + "/slow")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(STARTED.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closer = new Thread(context::close);
        closer.start();
        Thread.sleep(300);
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        assertThatThrownBy(() -> fresh.send(HttpRequest.newBuilder(URI.create(base + "/fast")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        HttpResponse<String> finished = slow.get(10, TimeUnit.SECONDS);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).isEqualTo("finished");
        closer.join(10_000);
        assertThat(context.isActive()).isFalse();
    }
}
