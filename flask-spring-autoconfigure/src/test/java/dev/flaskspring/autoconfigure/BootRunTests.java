package dev.flaskspring.autoconfigure;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.FlaskApplication;
import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.serving.AdhocCertificate;
import dev.flaskspring.serving.TlsClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** {@code run}'s options under Boot: HTTPS on Boot's Tomcat over a real socket, DevTools' restart switch. */
class BootRunTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TlsApp {
        @Bean
        Pages pages() {
            return new Pages();
        }
    }

    @Views
    static class Pages {
        @Get("/")
        Object index() {
            return "hello over " + request().scheme();
        }
    }

    @TempDir
    Path folder;

    @AfterEach
    void forgetTheRestartSwitch() {
        System.clearProperty(BootRunSetup.RESTART_ENABLED);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static HttpResponse<String> get(HttpClient http, int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void runWithAnAdhocCertificateServesHttpsOnBootsTomcat() throws Exception {
        try (ConfigurableApplicationContext context = FlaskApplication.run(TlsApp.class, "--spring.main.banner-mode=off",
                "run", "--host", "127.0.0.1", "--port", "0", "--cert", "adhoc")) {
            X509Certificate certificate = TlsClients.presentedCertificate(port(context));
            assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=*,O=Dummy Certificate");
            HttpResponse<String> rv = get(TlsClients.trusting(certificate), port(context));
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.body()).isEqualTo("hello over https");
        }
    }

    @Test
    void runWithAPemCertificateAndKeyServesThemThroughBootsSslProperties() throws Exception {
        AdhocCertificate pem = AdhocCertificate.generate(folder);
        try (ConfigurableApplicationContext context = FlaskApplication.run(TlsApp.class, "--spring.main.banner-mode=off",
                "run", "--host", "127.0.0.1", "--port", "0", "--cert", pem.certificate().toString(),
                "--key", pem.key().toString())) {
            X509Certificate certificate = TlsClients.presentedCertificate(port(context));
            assertThat(Files.readString(pem.certificate())).contains("-----BEGIN CERTIFICATE-----");
            assertThat(get(TlsClients.trusting(certificate), port(context)).body()).isEqualTo("hello over https");
        }
    }

    @Test
    void reloadAndDebugSwitchDevToolsRestartOnOrOffAndNeitherLeavesItsDefault() {
        BootRunSetup.prepare(LaunchArguments.parse("run", "--debug"));
        assertThat(System.getProperty(BootRunSetup.RESTART_ENABLED)).isEqualTo("true");
        BootRunSetup.prepare(LaunchArguments.parse("run", "--debug", "--no-reload"));
        assertThat(System.getProperty(BootRunSetup.RESTART_ENABLED)).isEqualTo("false");
        BootRunSetup.prepare(LaunchArguments.parse("--no-debug", "run", "--reload"));
        assertThat(System.getProperty(BootRunSetup.RESTART_ENABLED)).isEqualTo("true");
        System.clearProperty(BootRunSetup.RESTART_ENABLED);
        BootRunSetup.prepare(LaunchArguments.parse("run"));
        BootRunSetup.prepare(LaunchArguments.parse("--server.port=1"));
        assertThat(System.getProperty(BootRunSetup.RESTART_ENABLED)).isNull();
    }
}
