package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.flaskspring.Flask;
import dev.flaskspring.ctx.AppContext;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A client that leaves in the middle of the streamed {@code /api/posts.ndjson}: the request's teardown
 * still runs, closing its database, and every connection is back in the pool.
 */
class StreamDisconnectTests {

    @TempDir
    Path tempDir;

    private String[] args() {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
                "--server.address=127.0.0.1"));
        args.addAll(TestDatabase.freshDatabaseArgs(tempDir));
        return args.toArray(String[]::new);
    }

    @Test
    void theConnectionIsClosedWhenTheClientLeavesMidStream() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DemoApplication.class)
                .run(args())) {
            Flask app = context.getBean(Flask.class);
            HikariDataSource pool = context.getBean(HikariDataSource.class);
            try (AppContext ctx = app.appContext()) {
                Db db = FlaskrDatabase.getDb();
                db.execute("INSERT INTO \"user\" (username, password) VALUES ('writer', 'x')");
                db.execute(TestDatabase.POSTGRESQL
                        ? "INSERT INTO post (title, body, author_id) SELECT 'title ' || i, repeat('x', 200), 1"
                                + " FROM generate_series(1, 5000) AS i"
                        : "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                                + "INSERT INTO post (title, body, author_id) SELECT 'title ' || i, printf('%.200c', 'x'), 1 FROM n");
            }
            assertThat(Db.openHandles()).isZero();
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write("GET /api/posts.ndjson HTTP/1.1\r\nHost: localhost\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                String start = new String(in.readNBytes(16_384), StandardCharsets.UTF_8);
                assertThat(start).startsWith("HTTP/1.1 200").contains("application/x-ndjson").contains("\"title\"");
                assertThat(Db.openHandles()).as("the stream keeps its app context's database").isEqualTo(1);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (Db.openHandles() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(Db.openHandles()).as("databases open after the client left").isZero();
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections out of the pool").isZero();
        }
    }
}
