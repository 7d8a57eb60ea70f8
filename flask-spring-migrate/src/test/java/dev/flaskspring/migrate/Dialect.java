package dev.flaskspring.migrate;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases the tests run on: a SQLite file, and a real PostgreSQL server (embedded, its binaries
 * from Maven Central) started once for the test run, with a fresh database per test.
 */
enum Dialect {
    SQLITE, POSTGRESQL;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    /** A new, empty database of this kind; SQLite's file is in {@code folder}. The caller closes the pool. */
    HikariDataSource newDatabase(Path folder) {
        HikariDataSource pool = new HikariDataSource();
        if (this == SQLITE) {
            pool.setJdbcUrl("jdbc:sqlite:" + folder.resolve("test-" + DATABASES.incrementAndGet() + ".sqlite"));
        } else {
            String name = "test_" + DATABASES.incrementAndGet();
            try (Connection admin = server().getPostgresDatabase().getConnection();
                    Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the test database " + name, e);
            }
            pool.setJdbcUrl(server().getJdbcUrl("postgres", name));
            pool.setUsername("postgres");
        }
        pool.setMaximumPoolSize(4);
        return pool;
    }

    /** The PostgreSQL server of this test run, started at the first call and stopped when the JVM exits. */
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
                    // The JVM is exiting; the server's folder is temporary.
                }
            }));
        }
        return server;
    }
}
