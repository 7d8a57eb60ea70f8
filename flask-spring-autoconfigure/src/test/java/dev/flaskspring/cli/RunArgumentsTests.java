package dev.flaskspring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.RunOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run}'s options as the {@code run} command reads them; ported from Flask's {@code tests/test_cli.py}.
 * <p>Not ported: {@code test_run_cert_import} and {@code test_run_cert_no_ssl} ({@code --cert} takes no import
 * string of an {@code SSLContext}, and the JDK always has TLS).
 */
class RunArgumentsTests {

    @TempDir
    Path folder;

    private static RunArguments parse(String... args) {
        return RunArguments.parse(List.of(args));
    }

    // Flask: tests/test_cli.py::test_run_cert_path
    @Test
    void runCertPath() throws Exception {
        String file = Files.writeString(folder.resolve("cert.pem"), "x").toString();
        // no key
        assertThatThrownBy(() -> parse("--cert", file)).isInstanceOf(UsageError.class)
                .hasMessage("Invalid value for '--key': Required when using \"--cert\".");
        // no cert
        assertThatThrownBy(() -> parse("--key", file)).isInstanceOf(UsageError.class)
                .hasMessage("Invalid value for '--key': \"--cert\" must also be specified.");
        // cert specified first
        RunOptions options = parse("--cert", file, "--key", file).options();
        assertThat(List.of(options.certificate(), options.key())).containsExactly(Path.of(file), Path.of(file));
        // key specified first
        options = parse("--key", file, "--cert", file).options();
        assertThat(List.of(options.certificate(), options.key())).containsExactly(Path.of(file), Path.of(file));
    }

    // Flask: tests/test_cli.py::test_run_cert_adhoc
    @Test
    void runCertAdhoc() throws Exception {
        RunOptions options = parse("--cert", "adhoc").options();
        assertThat(options.adhocCertificate()).isTrue();
        assertThat(options.https()).isTrue();
        // no key with adhoc
        String file = Files.writeString(folder.resolve("key.pem"), "x").toString();
        assertThatThrownBy(() -> parse("--cert", "adhoc", "--key", file)).isInstanceOf(UsageError.class)
                .hasMessage("Invalid value for '--key': When \"--cert\" is \"adhoc\", \"--key\" is not used.");
    }

    // Flask: tests/test_cli.py::test_run_exclude_patterns
    @Test
    void runExcludePatterns() {
        assertThat(parse("--exclude-patterns", "/app/generated/*").options().excludePatterns())
                .containsExactly("/app/generated/*");
    }

    @Test
    void aCertificateFileThatIsNotThereIsABadParameter() {
        assertThatThrownBy(() -> parse("--cert", "missing.pem", "--key", "missing.pem"))
                .isInstanceOf(UsageError.class).hasMessage("Invalid value for '--cert': File 'missing.pem' does not exist.");
    }

    @Test
    void extraFilesAreSplitOnThePathSeparator() {
        RunOptions options = parse("--extra-files", "a.toml" + File.pathSeparator + File.pathSeparator + "conf/b.ini")
                .options();
        assertThat(options.extraFiles()).containsExactly(Path.of("a.toml"), Path.of("conf/b.ini"));
    }

    @Test
    void theReloaderFollowsDebugModeUnlessTheLastReloadFlagSaysOtherwise() {
        assertThat(parse().options().reload()).isNull();
        assertThat(parse("--debug").options().debug()).isTrue();
        assertThat(parse("--reload", "--no-reload").options().reload()).isFalse();
        assertThat(parse("--no-reload", "--reload").options().reload()).isTrue();
        assertThat(parse("--no-debug").options().debug()).isFalse();
    }

    @Test
    void hostAndPortAreNullWhenNotGivenAndThePortIsAnInteger() {
        RunArguments given = parse("-h", "0.0.0.0", "--port=8000");
        assertThat(given.host()).isEqualTo("0.0.0.0");
        assertThat(given.port()).isEqualTo(8000);
        assertThat(parse().host()).isNull();
        assertThat(parse().port()).isNull();
        assertThatThrownBy(() -> parse("--port", "x")).isInstanceOf(UsageError.class)
                .hasMessage("Invalid value for '--port': 'x' is not a valid integer.");
        assertThatThrownBy(() -> parse("--nope")).hasMessage("No such option '--nope'.");
        assertThat(parse("--help")).isNull();
    }

    @Test
    void theRunCommandRefusesABadCertificateLineAsAUsageError() {
        CliResult result = CliTests.app().testCliRunner().invoke("run", "--cert", "adhoc", "--key", "x");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("Error: Invalid value for '--key': When \"--cert\" is \"adhoc\"");
    }
}
