package dev.flaskspring.autoconfigure;

import java.util.List;

/**
 * The command a Boot application was started to run ({@code java -jar app.jar routes --sort rule}); present
 * as a bean only in command mode, where {@link FlaskCommandLineRunner} runs it.
 *
 * @param args the command and its arguments
 * @param program how usage lines name the program ({@code java -jar app.jar})
 */
public record FlaskCommandLine(List<String> args, String program) {

    public FlaskCommandLine {
        args = List.copyOf(args);
    }
}
