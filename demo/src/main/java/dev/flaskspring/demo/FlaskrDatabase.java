package dev.flaskspring.demo;

import static dev.flaskspring.Globals.currentApp;
import static dev.flaskspring.Globals.g;

import dev.flaskspring.Flask;
import dev.flaskspring.migrate.Migrate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The app's database: a {@link Db} per app context kept in {@code g}, closed at teardown, and the schema made
 * by the migrations of {@link Migrate}; flaskr's {@code db.py} ({@code get_db}, {@code close_db},
 * {@code init_db}, {@code init_app}).
 */
public final class FlaskrDatabase {

    /** The key of the database in {@code g}. */
    static final String G_KEY = "db";

    private FlaskrDatabase() {
    }

    /**
     * The database of the current app context, made at the first call and reused after; flaskr's
     * {@code get_db}. It reaches the application's pool through the app's {@code migrate} extension.
     */
    public static Db getDb() {
        Db db = (Db) g().get(G_KEY);
        if (db == null) {
            db = new Db(migrate(currentApp()).dataSource());
            g().put(G_KEY, db);
        }
        return db;
    }

    /** Closes the database this context used, if any; flaskr's {@code close_db}, a teardown. */
    public static void closeDb(Throwable error) {
        Db db = (Db) g().pop(G_KEY, null);
        if (db != null) {
            db.close();
        }
    }

    /**
     * Drops every table and creates them again, empty, by the migrations; flaskr's {@code init_db}. Needs an
     * app context and prints nothing.
     */
    public static void initDb() {
        Migrate migrate = migrate(currentApp());
        Flyway.configure().configuration(migrate.flyway().getConfiguration()).cleanDisabled(false).load().clean();
        migrate.upgrade(null);
    }

    /** Registers {@link #closeDb} as a teardown of every app context; flaskr's {@code init_app}. */
    public static void initApp(Flask app) {
        app.teardownAppcontext(FlaskrDatabase::closeDb);
    }

    /**
     * Applies the migrations when the database has no table at all (a new SQLite file, an empty PostgreSQL
     * database), so that a fresh checkout serves pages at once; flaskr leaves this to {@code flask init-db}.
     * A database that has tables is left as it is: {@code db upgrade} moves it forward.
     *
     * @return whether the schema was created
     */
    public static boolean createSchemaIfMissing(Migrate migrate) {
        try (Connection connection = migrate.dataSource().getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                        new String[] {"TABLE"})) {
            while (tables.next()) {
                if (!tables.getString("TABLE_NAME").startsWith("sqlite_")) {
                    return false;
                }
            }
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("Cannot open the database: " + e.getMessage(), e);
        }
        migrate.upgrade(null);
        return true;
    }

    private static Migrate migrate(Flask app) {
        Object migrate = app.extensions().get("migrate");
        if (migrate == null) {
            throw new IllegalStateException("The app has no 'migrate' extension: flask-spring-migrate configures"
                    + " one from the application's DataSource.");
        }
        return (Migrate) migrate;
    }
}
