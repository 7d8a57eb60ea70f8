package dev.flaskspring.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database the demo's tests run on: flaskr's SQLite files by default, or, with
 * {@code -Ddemo.database=postgresql} (the build's second run), a real PostgreSQL server, embedded and started
 * once per test JVM, with a database per application that needs a fresh one.
 */
final class TestDatabase {

    /** Whether this run is the PostgreSQL one. */
    static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("demo.database", "sqlite"));

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    /** The name of this run's database kind, for messages. */
    static String kind() {
        return POSTGRESQL ? "PostgreSQL" : "SQLite";
    }

    /**
     * The command-line properties of an app on a new, empty database: a SQLite file in {@code dir}, or a new
     * PostgreSQL database.
     */
    static List<String> freshDatabaseArgs(Path dir) {
        if (!POSTGRESQL) {
            return List.of("--flask.database=" + dir.resolve("flaskr-" + DATABASES.incrementAndGet() + ".sqlite"));
        }
        return List.of("--spring.datasource.url=" + newPostgresDatabase(), "--spring.datasource.username=postgres");
    }

    /** A new, empty PostgreSQL database on the embedded server; its JDBC URL. */
    static String newPostgresDatabase() {
        String name = "flaskr_" + DATABASES.incrementAndGet();
        try (Connection admin = server().getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /** A connection to the database at {@code jdbcUrl}, as the embedded server's superuser when PostgreSQL. */
    static Connection connect(String jdbcUrl) throws SQLException {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? DriverManager.getConnection(jdbcUrl, "postgres", "")
                : DriverManager.getConnection(jdbcUrl);
    }

    /** The embedded PostgreSQL server of this JVM, started at the first call and stopped when the JVM exits. */
    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // The JVM is exiting and the server's folder is temporary.
                }
            }));
        }
        return server;
    }
}
