package dev.flaskspring.demo;

import static dev.flaskspring.Globals.currentApp;
import static dev.flaskspring.Globals.g;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.AppContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The app's SQLite database: a connection per app context kept in {@code g}, closed at teardown, and
 * the schema; flaskr's {@code db.py} ({@code get_db}, {@code close_db}, {@code init_db}, {@code init_app}).
 */
public final class FlaskrDatabase {

    /** The key of the connection in {@code g}. */
    static final String G_KEY = "db";

    private FlaskrDatabase() {
    }

    /**
     * The connection of the current app context, opened on the configured {@code DATABASE} at the first
     * call and reused after; flaskr's {@code get_db}.
     */
    public static Db getDb() throws SQLException {
        Db db = (Db) g().get(G_KEY);
        if (db == null) {
            db = Db.connect(currentApp().config().getString("DATABASE"));
            g().put(G_KEY, db);
        }
        return db;
    }

    /** Closes the connection this context opened, if any; flaskr's {@code close_db}, a teardown. */
    public static void closeDb(Throwable error) throws SQLException {
        Db db = (Db) g().pop(G_KEY, null);
        if (db != null) {
            db.close();
        }
    }

    /**
     * Drops any existing data and creates empty tables from {@code schema.sql}; flaskr's {@code init_db}.
     * Needs an app context and prints nothing.
     */
    public static void initDb() throws SQLException, IOException {
        Db db = getDb();
        try (InputStream in = currentApp().openResource("schema.sql")) {
            db.executeScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Registers {@link #closeDb} as a teardown of every app context; flaskr's {@code init_app}. */
    public static void initApp(Flask app) {
        app.teardownAppcontext(FlaskrDatabase::closeDb);
    }

    /**
     * Runs {@link #initDb()} when the {@code DATABASE} file is missing or empty, so that a fresh
     * checkout serves pages at once; flaskr leaves this to {@code flask init-db}.
     *
     * @return whether the schema was created
     */
    public static boolean createSchemaIfMissing(Flask app) {
        Path file = Path.of(app.config().getString("DATABASE"));
        try {
            if (Files.isRegularFile(file) && Files.size(file) > 0) {
                return false;
            }
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (AppContext ctx = app.appContext()) {
                initDb();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database " + file.toAbsolutePath(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + file.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
        return true;
    }
}
