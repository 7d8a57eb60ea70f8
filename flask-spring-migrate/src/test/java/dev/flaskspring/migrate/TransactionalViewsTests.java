package dev.flaskspring.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Post;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.autoconfigure.FlaskAutoConfiguration;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.wrappers.Request;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring's {@code @Transactional} on {@code @Views} methods: the view registered is the transactional proxy's,
 * so a view that throws rolls back what it wrote and one that returns commits it.
 */
class TransactionalViewsTests {

    @TempDir
    Path dir;

    @Views
    static class AccountViews {

        private final JdbcClient jdbc;

        AccountViews(DataSource dataSource) {
            this.jdbc = JdbcClient.create(dataSource);
            jdbc.sql("CREATE TABLE IF NOT EXISTS account (name TEXT PRIMARY KEY)").update();
        }

        /** Writes the account, then fails when asked to: both writes or neither. */
        @Post("/accounts/<name>")
        @Transactional
        Object create(String name, Request request) {
            jdbc.sql("INSERT INTO account (name) VALUES (?)").param(name).update();
            jdbc.sql("INSERT INTO account (name) VALUES (?)").param(name + "-copy").update();
            if (request.args().get("fail") != null) {
                throw new IllegalStateException("failing after the writes");
            }
            return "created " + name;
        }

        @Get("/accounts")
        Object count() {
            return String.valueOf(jdbc.sql("SELECT COUNT(*) FROM account").query(Integer.class).single());
        }
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
                        FlaskAutoConfiguration.class))
                .withUserConfiguration(AccountViews.class)
                .withPropertyValues("spring.datasource.url=jdbc:sqlite:" + dir.resolve("tx.sqlite"));
    }

    @Test
    void aViewThatThrowsRollsBackAndOneThatReturnsCommits() {
        runner().run(context -> {
            assertThat(AopUtils.isAopProxy(context.getBean(AccountViews.class))).isTrue();
            Flask app = context.getBean(Flask.class);
            FlaskClient client = app.testClient();

            assertThat(client.post("/accounts/ada?fail=1").statusCode()).isEqualTo(500);
            assertThat(client.get("/accounts").text()).isEqualTo("0");

            assertThat(client.post("/accounts/ada").text()).isEqualTo("created ada");
            assertThat(client.get("/accounts").text()).isEqualTo("2");
        });
    }
}
