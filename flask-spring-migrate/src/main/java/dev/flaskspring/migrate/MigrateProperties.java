package dev.flaskspring.migrate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code flask.migrate.*} properties; Flask-Migrate's {@code Migrate(app, db, directory=...)}. */
@ConfigurationProperties("flask.migrate")
public class MigrateProperties {

    /**
     * The folder of migrations (relative to the working directory) or a {@code classpath:} location; a
     * {@code {vendor}} in it is replaced by the database's name ({@code sqlite}, {@code postgresql}).
     */
    private String directory = Migrate.DEFAULT_DIRECTORY;

    public String getDirectory() {
        return directory;
    }

    public void setDirectory(String directory) {
        this.directory = directory;
    }
}
