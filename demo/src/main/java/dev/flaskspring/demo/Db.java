package dev.flaskspring.demo;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The database of one app context, returning rows as column-name maps; flaskr's {@code sqlite3} connection
 * opened with {@code detect_types=PARSE_DECLTYPES} and {@code row_factory = sqlite3.Row}, on Spring's
 * {@link JdbcClient} and the application's pool.
 * <p>Each statement takes a pooled connection and gives it back when done, committing as it runs (what flaskr's
 * {@code execute} then {@code commit} amounts to), unless a Spring transaction is open, which then holds one
 * connection for all of them. No connection or transaction stays open between statements, so the Python app
 * can share a SQLite file. {@code TIMESTAMP} columns come back as {@link LocalDateTime}, as flaskr's converter
 * ({@code datetime.fromisoformat}) reads SQLite's text, and as PostgreSQL's {@code timestamp} reads: no time
 * zone is applied. A constraint violation is a {@link DataIntegrityViolationException}, Python's
 * {@code sqlite3.IntegrityError}, on both databases.
 */
public final class Db implements AutoCloseable {

    /** SQLite's primary result code for a constraint violation ({@code SQLITE_CONSTRAINT}). */
    private static final int SQLITE_CONSTRAINT = 19;

    private static final AtomicInteger OPEN = new AtomicInteger();

    private static final RowMapper<Map<String, Object>> ROWS = Db::row;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private boolean closed;

    Db(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        OPEN.incrementAndGet();
    }

    /** How many app contexts have a {@code Db} open now in this process; zero between requests. */
    public static int openHandles() {
        return OPEN.get();
    }

    /** The first row {@code sql} selects, or null; {@code execute(...).fetchone()}. */
    public Map<String, Object> fetchOne(String sql, Object... params) {
        return client(sql, params).query(ROWS).optional().orElse(null);
    }

    /** Every row {@code sql} selects; {@code execute(...).fetchall()}. */
    public List<Map<String, Object>> fetchAll(String sql, Object... params) {
        return client(sql, params).query(ROWS).list();
    }

    /** Runs one statement with {@code ?} parameters and returns the number of rows it changed. */
    public int execute(String sql, Object... params) {
        try {
            return client(sql, params).update();
        } catch (UncategorizedSQLException e) {
            if (e.getSQLException() != null && (e.getSQLException().getErrorCode() & 0xff) == SQLITE_CONSTRAINT) {
                throw new DataIntegrityViolationException(e.getSQLException().getMessage(), e.getSQLException());
            }
            throw e;
        }
    }

    /** Runs several statements separated by semicolons; {@code executescript}. */
    public void executeScript(String script) {
        checkOpen();
        new ResourceDatabasePopulator(new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)))
                .execute(dataSource);
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        return closed;
    }

    /** Ends this context's use of the database; later calls fail with an {@link IllegalStateException}. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            OPEN.decrementAndGet();
        }
    }

    private JdbcClient.StatementSpec client(String sql, Object[] params) {
        checkOpen();
        return jdbc.sql(sql).params(params);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("Cannot operate on a closed database.");
        }
    }

    private static Map<String, Object> row(ResultSet rs, int rowNumber) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            if (value != null && isTimestamp(meta, i)) {
                value = value instanceof String text ? fromIsoFormat(text) : rs.getObject(i, LocalDateTime.class);
            }
            row.put(meta.getColumnLabel(i), value);
        }
        return row;
    }

    /** A column declared {@code TIMESTAMP}: by its declared name on SQLite, by its JDBC type elsewhere. */
    private static boolean isTimestamp(ResultSetMetaData meta, int column) throws SQLException {
        String declared = meta.getColumnTypeName(column);
        return meta.getColumnType(column) == Types.TIMESTAMP
                || (declared != null && declared.toUpperCase(Locale.ROOT).startsWith("TIMESTAMP"));
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
}
