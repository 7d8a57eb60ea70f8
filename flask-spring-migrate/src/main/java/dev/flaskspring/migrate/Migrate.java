package dev.flaskspring.migrate;

import dev.flaskspring.Flask;
import dev.flaskspring.FlaskExtension;
import dev.flaskspring.exceptions.ServiceUnavailable;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.util.ClassUtils;

/**
 * Database migrations for an app: Flyway's versioned SQL files run from the command line as Flask-Migrate's
 * {@code db} commands; Flask-Migrate's {@code Migrate}.
 * <p>Migrations are the files {@code V<n>__<description>.sql} in {@code directory} (a folder, relative to the
 * working directory, or a {@code classpath:} location) and in {@code classpath:db/migration}. A {@code {vendor}}
 * in the directory is replaced by the database's name as its JDBC URL spells it ({@code sqlite},
 * {@code postgresql}), so one application can keep a folder of migrations per database, as Spring Boot's
 * {@code spring.flyway.locations} does. Flyway keeps the applied versions in its table
 * {@code flyway_schema_history}, Alembic's {@code alembic_version}.
 * <p>{@link #initApp} adds the {@code db} command group and answers a request that waited for a pooled
 * connection longer than the pool allows with 503 Service Unavailable, not a 500.
 */
public final class Migrate implements FlaskExtension {

    /** Flask-Migrate's default folder of migrations. */
    public static final String DEFAULT_DIRECTORY = "migrations";

    /** Where Flyway, and Spring Boot's Flyway support, look for migrations by default. */
    static final String CLASSPATH_LOCATION = "classpath:db/migration";

    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";
    private static final Pattern NON_WORD = Pattern.compile("\\W", Pattern.UNICODE_CHARACTER_CLASS);

    private final DataSource dataSource;
    private final String directory;
    private volatile String vendor;

    /** Migrations for {@code dataSource} from {@code migrations/} and {@code classpath:db/migration}. */
    public Migrate(DataSource dataSource) {
        this(dataSource, DEFAULT_DIRECTORY);
    }

    /** Migrations for {@code dataSource} from {@code directory} and {@code classpath:db/migration}. */
    public Migrate(DataSource dataSource, String directory) {
        if (dataSource == null) {
            throw new IllegalArgumentException("Migrate needs the DataSource of the database to migrate.");
        }
        if (directory == null || directory.isBlank()) {
            throw new IllegalArgumentException("The migrations directory must be named, e.g. 'migrations'.");
        }
        this.dataSource = dataSource;
        this.directory = directory;
    }

    @Override
    public String name() {
        return "migrate";
    }

    /** Adds the {@code db} commands and the 503 for a request that got no connection in time. */
    @Override
    public void initApp(Flask app) {
        app.extensions().put(name(), this);
        app.cli().addGroup("db", new DbCommands(this).group());
        app.errorHandler(CannotGetJdbcConnectionException.class, e -> noConnection(app, e));
        app.errorHandler(SQLTransientConnectionException.class, e -> noConnection(app, e));
    }

    private static Object noConnection(Flask app, Exception e) {
        app.logger().warn("No database connection could be had in time, answering 503: {}", e.getMessage());
        return new ServiceUnavailable("The database is busy. Please try again in a moment.").getResponse();
    }

    /** The database this object migrates. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The folder of migrations as given, with {@code {vendor}} unreplaced. */
    public String directory() {
        return directory;
    }

    /**
     * A Flyway on the database and the migration locations, with {@code clean} disabled; the object the
     * {@code db} commands use, for what they do not cover.
     */
    public Flyway flyway() {
        return Flyway.configure().dataSource(dataSource).locations(locations().toArray(String[]::new))
                .cleanDisabled(true).load();
    }

    /** Applies every pending migration up to {@code target} (a version), or all of them when null; {@code db upgrade}. */
    public MigrateResult upgrade(String target) {
        Flyway configured = target == null ? flyway()
                : Flyway.configure().configuration(flyway().getConfiguration()).target(target).load();
        return configured.migrate();
    }

    /** The last migration applied, or null when none is; {@code db current}. */
    public MigrationInfo current() {
        return flyway().info().current();
    }

    /** Every versioned migration, applied or not, oldest first, one per version; {@code db history}. */
    public List<MigrationInfo> history() {
        Map<MigrationVersion, MigrationInfo> byVersion = new TreeMap<>();
        for (MigrationInfo info : flyway().info().all()) {
            if (info.isVersioned() && info.getVersion() != null) {
                byVersion.merge(info.getVersion(), info, (kept, other) -> kept.getScript() != null ? kept : other);
            }
        }
        return List.copyOf(byVersion.values());
    }

    /** The migrations not applied yet, oldest first; what {@code db check} reports. */
    public List<MigrationInfo> pending() {
        return Arrays.asList(flyway().info().pending());
    }

    /**
     * Records {@code version} as the database's version without running any migration, on a database that
     * has no migration history yet (one made before migrations, or by another tool); {@code db stamp}.
     */
    public void stamp(String version) {
        Flyway.configure().configuration(flyway().getConfiguration()).baselineVersion(version)
                .baselineDescription("stamped").load().baseline();
    }

    /**
     * Writes the next migration, {@code V<n>__<message>.sql} with no statement in it yet, into the directory,
     * creating it when missing, and returns its path; {@code db revision -m MESSAGE}. The message's non-word
     * characters become {@code _}.
     */
    public Path revision(String message) throws IOException {
        String resolved = resolvedDirectory();
        if (resolved.startsWith(CLASSPATH)) {
            throw new IllegalStateException("The migrations directory '" + resolved + "' is on the classpath, where"
                    + " no file can be written: write the migration in the sources it is built from.");
        }
        BigInteger last = BigInteger.ZERO;
        for (MigrationInfo info : history()) {
            last = last.max(info.getVersion().getMajor());
        }
        Path folder = Path.of(stripPrefix(resolved));
        Files.createDirectories(folder);
        Path file = folder.resolve("V" + last.add(BigInteger.ONE) + "__" + NON_WORD.matcher(message).replaceAll("_")
                + ".sql");
        Files.writeString(file, "-- " + message.replace('\n', ' ') + "\n");
        return file;
    }

    /** The Flyway locations: the directory, when it exists, then {@code classpath:db/migration}, when it exists. */
    List<String> locations() {
        List<String> locations = new ArrayList<>();
        String resolved = resolvedDirectory();
        if (exists(resolved)) {
            locations.add(resolved.startsWith(CLASSPATH) ? resolved : FILESYSTEM + stripPrefix(resolved));
        }
        if (!locations.contains(CLASSPATH_LOCATION) && exists(CLASSPATH_LOCATION)) {
            locations.add(CLASSPATH_LOCATION);
        }
        return locations;
    }

    /** The directory with {@code {vendor}} replaced by the database's name. */
    String resolvedDirectory() {
        return directory.contains("{vendor}") ? directory.replace("{vendor}", vendor()) : directory;
    }

    /** The database's name as its JDBC URL spells it: {@code jdbc:postgresql://...} is {@code postgresql}. */
    String vendor() {
        if (vendor == null) {
            try (Connection connection = dataSource.getConnection()) {
                String url = connection.getMetaData().getURL();
                String[] parts = url.split(":", 3);
                vendor = parts.length > 1 ? parts[1] : url;
            } catch (SQLException e) {
                throw new CannotGetJdbcConnectionException("Cannot connect to the database to migrate", e);
            }
        }
        return vendor;
    }

    private static boolean exists(String location) {
        if (location.startsWith(CLASSPATH)) {
            String path = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
            return ClassUtils.getDefaultClassLoader().getResource(path) != null;
        }
        return Files.isDirectory(Path.of(stripPrefix(location)));
    }

    private static String stripPrefix(String location) {
        return location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length()) : location;
    }
}
