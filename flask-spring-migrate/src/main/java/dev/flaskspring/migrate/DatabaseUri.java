package dev.flaskspring.migrate;

import com.zaxxer.hikari.HikariDataSource;
import dev.flaskspring.Flask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A database URL in Flask-SQLAlchemy's form ({@code SQLALCHEMY_DATABASE_URI}) as JDBC sees it: the JDBC URL,
 * the user name and the password. Flask-SQLAlchemy 3.1's rules: {@code sqlite:///relative.db} is relative to
 * the app's instance folder, {@code sqlite:////abs/path.db} is absolute, {@code sqlite://} is a database in
 * memory; {@code postgresql://user:pass@host:5432/db} (also {@code postgres://} and
 * {@code postgresql+driver://}) has its user and password, percent-decoded, taken out of the URL. A query
 * string ({@code ?sslmode=require}) is passed on to the JDBC driver.
 *
 * @param jdbcUrl the JDBC URL, without user or password
 * @param username the user name, or null
 * @param password the password, or null
 * @param sqliteFile the SQLite file, or null when the database is not a SQLite file
 */
public record DatabaseUri(String jdbcUrl, String username, String password, Path sqliteFile) {

    /** The config key Flask-SQLAlchemy reads the URL from. */
    public static final String CONFIG_KEY = "SQLALCHEMY_DATABASE_URI";

    /**
     * One in-memory SQLite database shared by the pool's connections while one of them stays open, as
     * Flask-SQLAlchemy shares one connection ({@code StaticPool}) for {@code sqlite://}.
     */
    static final String SQLITE_MEMORY = "jdbc:sqlite:file::memory:?cache=shared";

    /** Maps {@code uri}; a relative SQLite path is taken in {@code instancePath}. */
    public static DatabaseUri parse(String uri, Path instancePath) {
        int schemeEnd = uri == null ? -1 : uri.indexOf("://");
        if (schemeEnd <= 0) {
            throw new IllegalArgumentException("A database URL looks like 'sqlite:///app.db' or"
                    + " 'postgresql://user:password@host:5432/db', not '" + redact(uri) + "'.");
        }
        String scheme = uri.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String dialect = scheme.contains("+") ? scheme.substring(0, scheme.indexOf('+')) : scheme;
        String rest = uri.substring(schemeEnd + 3);
        return switch (dialect) {
            case "sqlite" -> sqlite(rest, instancePath);
            case "postgresql", "postgres" -> postgresql(uri, rest);
            default -> throw new IllegalArgumentException("The database URL '" + redact(uri) + "' names '" + dialect
                    + "', which is not supported here: use sqlite:// or postgresql://.");
        };
    }

    /** The app's {@code SQLALCHEMY_DATABASE_URI}, mapped with the app's instance folder; null when not set. */
    public static DatabaseUri of(Flask app) {
        Object uri = app.config().get(CONFIG_KEY);
        return uri == null ? null : parse(uri.toString(), app.instancePath());
    }

    private static DatabaseUri sqlite(String rest, Path instancePath) {
        String path = rest;
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            path = rest.substring(0, q);
            query = rest.substring(q);
        }
        if (!path.isEmpty() && !path.startsWith("/")) {
            throw new IllegalArgumentException("A SQLite URL has no host: 'sqlite:///" + path + "' is a file in the"
                    + " instance folder, 'sqlite:////" + path + "' an absolute path.");
        }
        String file = path.isEmpty() ? "" : path.substring(1);
        if (file.isEmpty() || file.equals(":memory:")) {
            return new DatabaseUri(SQLITE_MEMORY, null, null, null);
        }
        Path resolved = Path.of(file).isAbsolute() ? Path.of(file) : instancePath.resolve(file);
        return new DatabaseUri("jdbc:sqlite:" + resolved + query, null, null, resolved);
    }

    private static DatabaseUri postgresql(String uri, String rest) {
        URI parsed;
        try {
            parsed = new URI("postgresql://" + rest);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The database URL '" + redact(uri) + "' is not a valid URL: "
                    + e.getReason() + ".");
        }
        String username = null;
        String password = null;
        String userInfo = parsed.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql:");
        if (parsed.getHost() != null) {
            jdbc.append("//").append(parsed.getHost());
            if (parsed.getPort() >= 0) {
                jdbc.append(':').append(parsed.getPort());
            }
            jdbc.append(parsed.getRawPath() == null || parsed.getRawPath().isEmpty() ? "/" : parsed.getRawPath());
        } else {
            String database = parsed.getRawPath() == null ? "" : parsed.getRawPath().replaceFirst("^/", "");
            jdbc.append(database);
        }
        if (parsed.getRawQuery() != null) {
            jdbc.append('?').append(parsed.getRawQuery());
        }
        return new DatabaseUri(jdbc.toString(), username, password, null);
    }

    /**
     * A HikariCP pool on this database, creating a SQLite file's folder when missing (as Flask-SQLAlchemy
     * creates the instance folder); for apps without Spring Boot, whose {@code spring.datasource.*} does this.
     */
    public HikariDataSource dataSource() {
        createSqliteFolder();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(username);
        pool.setPassword(password);
        return pool;
    }

    /** Creates the folder of the SQLite file, which SQLite does not do itself. */
    public void createSqliteFolder() {
        if (sqliteFile != null && sqliteFile.toAbsolutePath().getParent() != null) {
            try {
                Files.createDirectories(sqliteFile.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the folder of the database " + sqliteFile, e);
            }
        }
    }

    /** The JDBC URL and the user, never the password. */
    @Override
    public String toString() {
        return "DatabaseUri[" + jdbcUrl + (username == null ? "" : ", user " + username)
                + (password == null ? "" : ", password [hidden]") + "]";
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** {@code uri} with any password replaced by {@code ***}, for error messages. */
    static String redact(String uri) {
        return uri == null ? null : uri.replaceFirst("(://[^:/@]*:)[^@/]*@", "$1***@");
    }
}
