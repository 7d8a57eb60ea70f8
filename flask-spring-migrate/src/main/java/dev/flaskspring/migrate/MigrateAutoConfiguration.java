package dev.flaskspring.migrate;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for {@link Migrate} on the application's {@code DataSource}; backs off when the
 * application defines its own {@code Migrate}. The app applies it at startup as any {@code FlaskExtension} bean.
 * <p>Boot's own Flyway support ({@code spring-boot-flyway}), when present, still migrates at startup from
 * {@code spring.flyway.locations}; the {@code db} commands read and write the same history table.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@ConditionalOnClass({Migrate.class, Flyway.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(MigrateProperties.class)
final class MigrateAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Migrate migrate(DataSource dataSource, MigrateProperties properties) {
        return new Migrate(dataSource, properties.getDirectory());
    }
}
