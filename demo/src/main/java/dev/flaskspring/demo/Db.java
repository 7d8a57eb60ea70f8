package dev.flaskspring.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One SQLite connection that returns rows as column-name maps; flaskr's {@code sqlite3} connection
 * opened with {@code detect_types=PARSE_DECLTYPES} and {@code row_factory = sqlite3.Row}.
 * <p>Columns declared {@code TIMESTAMP} come back as {@link LocalDateTime}, read from SQLite's text as
 * flaskr's converter ({@code datetime.fromisoformat}) reads it: no time zone is applied. Each statement
 * commits as it runs (JDBC autocommit), which is what flaskr's {@code execute} then {@code commit}
 * amounts to, and no transaction stays open between statements, so the Python app can share the file.
 * A constraint violation is a {@link SQLIntegrityConstraintViolationException}, Python's
 * {@code sqlite3.IntegrityError}.
 */
public final class Db implements AutoCloseable {

    /** SQLite's primary result code for a constraint violation ({@code SQLITE_CONSTRAINT}). */
    private static final int SQLITE_CONSTRAINT = 19;

    private static final AtomicInteger OPEN = new AtomicInteger();

    private final Connection connection;
    private boolean counted = true;

    private Db(Connection connection) {
        this.connection = connection;
    }

    /** Opens the database file at {@code path} (relative to the working directory), creating it when missing. */
    public static Db connect(String path) throws SQLException {
        Db db = new Db(DriverManager.getConnection("jdbc:sqlite:" + path));
        OPEN.incrementAndGet();
        return db;
    }

    /** How many connections are open now in this process; zero between requests. */
    public static int openConnections() {
        return OPEN.get();
    }

    /** The first row {@code sql} selects, or null; {@code execute(...).fetchone()}. */
    public Map<String, Object> fetchOne(String sql, Object... params) throws SQLException {
        List<Map<String, Object>> rows = query(sql, params, 1);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Every row {@code sql} selects; {@code execute(...).fetchall()}. */
    public List<Map<String, Object>> fetchAll(String sql, Object... params) throws SQLException {
        return query(sql, params, Integer.MAX_VALUE);
    }

    /** Runs one statement with {@code ?} parameters and returns the number of rows it changed. */
    public int execute(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs several statements separated by semicolons; {@code executescript}. */
    public void executeScript(String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(script);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() throws SQLException {
        return connection.isClosed();
    }

    /** Closes the connection; later calls fail with an {@link SQLException} saying it is closed. */
    @Override
    public void close() throws SQLException {
        if (counted) {
            counted = false;
            OPEN.decrementAndGet();
        }
        connection.close();
    }

    private List<Map<String, Object>> query(String sql, Object[] params, int limit) throws SQLException {
        try (PreparedStatement statement = prepare(sql, params); ResultSet rs = statement.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rows.size() < limit && rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), convert(meta.getColumnTypeName(i), rs.getObject(i)));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private PreparedStatement prepare(String sql, Object[] params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }

    /** A column value converted by its declared type, as {@code PARSE_DECLTYPES} with flaskr's converter. */
    private static Object convert(String declaredType, Object value) {
        if (value instanceof String text && declaredType != null
                && declaredType.toUpperCase(Locale.ROOT).startsWith("TIMESTAMP")) {
            return fromIsoFormat(text);
        }
        return value;
    }

    /** {@code datetime.fromisoformat} for SQLite's forms: {@code 2018-01-01}, {@code 2018-01-01 00:00:00[.fff]}. */
    static LocalDateTime fromIsoFormat(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay();
        }
        if (text.length() > 10 && text.charAt(10) == ' ') {
            text = text.substring(0, 10) + 'T' + text.substring(11);
        }
        return LocalDateTime.parse(text);
    }

    private static SQLException translate(SQLException e) {
        if (e.getErrorCode() == SQLITE_CONSTRAINT) {
            return new SQLIntegrityConstraintViolationException(e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        }
        return e;
    }
}
