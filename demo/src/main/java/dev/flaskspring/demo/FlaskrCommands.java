package dev.flaskspring.demo;

import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/**
 * flaskr's command line: {@code init-db}, run inside an app context ({@code java -jar demo.jar init-db});
 * flaskr's {@code init_db_command}.
 */
@Component
class FlaskrCommands {

    /** Clears the existing data and creates new tables; flaskr's {@code flask init-db}. */
    @Command(name = "init-db", description = "Clear the existing data and create new tables.")
    String initDb() throws Exception {
        FlaskrDatabase.initDb();
        return "Initialized the database.";
    }
}
