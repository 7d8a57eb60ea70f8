package dev.flaskspring.migrate;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Explains a start-up that failed because the database could not be reached (refused, unknown host, timed out,
 * wrong password) in Boot's short failure report, naming the URL and the driver's reason (its deepest
 * {@code SQLException}), without a stack trace.
 */
class DatabaseUnavailableFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseUnavailableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    /** SQL's connection exceptions (class 08), and PostgreSQL's failed password (28P01). */
    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("28P01"));
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        Throwable connectionFailure = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException
                    || (t instanceof SQLException sql && isConnectionState(sql.getSQLState()))) {
                connectionFailure = t;
            }
        }
        if (connectionFailure == null) {
            return null;
        }
        Throwable reason = connectionFailure;
        for (Throwable t = connectionFailure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException) {
                reason = t;
            }
        }
        String url = environment.getProperty("spring.datasource.url", "(spring.datasource.url is not set)");
        return new FailureAnalysis("The database at " + url.replaceAll("(?i)(password=)[^&;]*", "$1***")
                + " could not be reached: " + reason.getMessage(),
                "Start the database, or point spring.datasource.url (or SQLALCHEMY_DATABASE_URI) at one that runs.",
                failure);
    }
}
