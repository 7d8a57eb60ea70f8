package dev.flaskspring.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.flaskspring.Flask;
import dev.flaskspring.testing.TestResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request that finds every pooled connection taken waits the pool's timeout, then gets 503 Service
 * Unavailable (not a 500, not a hang); once the connection is back, requests are served again.
 */
class PoolExhaustionTests {

    @TempDir
    Path dir;

    @Test
    void aRequestThatGetsNoConnectionInTimeIsA503() throws Exception {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:sqlite:" + dir.resolve("pool.sqlite"));
            pool.setMaximumPoolSize(1);
            pool.setConnectionTimeout(250);
            JdbcClient jdbc = JdbcClient.create(pool);
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);

            Flask app = new Flask("pool_test");
            new Migrate(pool).initApp(app);
            app.route("/hold", "hold", args -> {
                try (Connection connection = pool.getConnection()) {
                    held.countDown();
                    release.await(30, TimeUnit.SECONDS);
                    return "held and returned";
                }
            });
            app.route("/one", "one", args -> String.valueOf(jdbc.sql("SELECT 1").query(Integer.class).single()));

            CompletableFuture<TestResponse> holder = CompletableFuture.supplyAsync(() -> app.testClient().get("/hold"));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

            TestResponse waited = app.testClient().get("/one");
            assertThat(waited.statusCode()).isEqualTo(503);
            assertThat(waited.text()).contains("Service Unavailable").contains("The database is busy")
                    .doesNotContain("Hikari").doesNotContain("timed out");

            release.countDown();
            assertThat(holder.get(30, TimeUnit.SECONDS).text()).isEqualTo("held and returned");
            assertThat(app.testClient().get("/one").text()).isEqualTo("1");
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
        }
    }
}
