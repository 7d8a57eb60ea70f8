package dev.flaskspring.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.env.MockEnvironment;

/** The start-up report for a database that cannot be reached: the URL, the driver's reason, what to do. */
class DatabaseUnavailableFailureAnalyzerTests {

    private final MockEnvironment environment = new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/app?user=u&password=tiger");

    @Test
    void aRefusedConnectionIsExplainedWithTheUrlAndTheDriversReason() {
        SQLException refused = new SQLException("Connection to db:5432 refused.", "08001",
                new java.net.ConnectException("Connection refused"));
        FailureAnalysis analysis = new DatabaseUnavailableFailureAnalyzer(environment).analyze(
                new BeanCreationException("flask", "Failed", new CannotGetJdbcConnectionException("no", refused)));
        assertThat(analysis.getDescription()).isEqualTo("The database at jdbc:postgresql://db:5432/app?user=u&password=***"
                + " could not be reached: Connection to db:5432 refused.");
        assertThat(analysis.getAction()).contains("spring.datasource.url").contains("SQLALCHEMY_DATABASE_URI");
    }

    @Test
    void otherFailuresAreLeftToTheirOwnAnalyzers() {
        assertThat(new DatabaseUnavailableFailureAnalyzer(environment).analyze(
                new BeanCreationException("flask", "Failed", new SQLException("syntax error", "42601")))).isNull();
        assertThat(new DatabaseUnavailableFailureAnalyzer(environment).analyze(new IllegalStateException("x"))).isNull();
    }
}
