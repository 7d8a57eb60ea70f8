package dev.flaskspring.autoconfigure;

import dev.flaskspring.RunOptions;
import dev.flaskspring.serving.AdhocCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.ClassUtils;

/**
 * Prepares what {@code run}'s options need before Boot starts: DevTools' restart on or off, and an ad-hoc
 * certificate; the Boot side of Werkzeug's {@code run_simple(use_reloader=..., ssl_context=...)}.
 * <p>The reloader is DevTools' restart: {@code --reload} (or {@code --debug}, unless {@code --no-reload}) turns
 * it on, {@code --no-reload} (or {@code --no-debug}) off, through the system property DevTools reads before the
 * application starts; with neither, DevTools keeps its own default. Without DevTools on the class path (a
 * packaged jar leaves it out) a reload asked for is refused with a message, and the app is served all the same.
 */
public final class BootRunSetup {

    /** The system property DevTools reads, before any property source exists, to enable its restart. */
    static final String RESTART_ENABLED = "spring.devtools.restart.enabled";

    private static final String DEVTOOLS_RESTARTER = "org.springframework.boot.devtools.restart.Restarter";

    private BootRunSetup() {
    }

    /** The arguments for {@code SpringApplication.run} once the reloader and TLS of {@code launch} are set up. */
    public static List<String> prepare(LaunchArguments launch) {
        List<String> bootArgs = new ArrayList<>(launch.bootArgs());
        if (launch.run() == null) {
            return bootArgs;
        }
        RunOptions options = launch.run().options();
        Boolean reload = options.reload() != null ? options.reload() : options.debug();
        if (reload != null) {
            restart(reload);
        }
        if (!options.excludePatterns().isEmpty()) {
            System.err.println(" * --exclude-patterns is for the standalone reloader;"
                    + " under DevTools, set spring.devtools.restart.exclude.");
        }
        if (options.adhocCertificate()) {
            AdhocCertificate adhoc = AdhocCertificate.generate(temporaryFolder());
            adhoc.certificate().toFile().deleteOnExit();
            adhoc.key().toFile().deleteOnExit();
            bootArgs.addAll(LaunchArguments.certificateProperties(adhoc.certificate(), adhoc.key()));
        }
        return bootArgs;
    }

    private static void restart(boolean reload) {
        if (ClassUtils.isPresent(DEVTOOLS_RESTARTER, BootRunSetup.class.getClassLoader())) {
            System.setProperty(RESTART_ENABLED, String.valueOf(reload));
        } else if (reload) {
            System.err.println(" * Reloading needs spring-boot-devtools on the class path (a packaged jar leaves it"
                    + " out; run the project, e.g. mvn spring-boot:run): serving without reloading.");
        }
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("flask-adhoc");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
