package dev.flaskspring.serving;

import dev.flaskspring.Flask;
import dev.flaskspring.RunOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small app that {@link ReloaderTests} runs in a child JVM with the reloader on: it serves what a class-path
 * resource and an extra file said when it started, and the id of the process serving.
 * <p>Arguments: the port, then the extra file.
 */
public final class ReloadingApp {

    private ReloadingApp() {
    }

    public static void main(String[] args) throws IOException {
        Path extraFile = Path.of(args[1]);
        String resource = resource("reload-message.txt");
        String extra = Files.readString(extraFile);
        long pid = ProcessHandle.current().pid();
        Flask app = new Flask("reloading");
        app.route("/resource", "resource", a -> resource + " " + pid);
        app.route("/extra", "extra", a -> extra + " " + pid);
        app.run("127.0.0.1", Integer.parseInt(args[0]),
                RunOptions.builder().reload(true).extraFiles(List.of(extraFile)).build());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReloadingApp.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
