package dev.flaskspring.serving;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Flask;
import dev.flaskspring.FlaskServer;
import dev.flaskspring.RunOptions;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS on the standalone server over a real socket: a PEM certificate and key, and Werkzeug's ad-hoc
 * certificate (ported in spirit from Werkzeug's {@code tests/test_serving.py::test_ssl_dev_cert} and
 * {@code test_ssl_object}, which serve over TLS and fetch a page).
 */
class HttpsServerTests {

    @TempDir
    Path folder;

    static Flask helloApp() {
        Flask app = new Flask("tls");
        app.route("/", "index", args -> "hello over " + request().scheme());
        return app;
    }

    static HttpResponse<String> get(HttpClient http, int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAdhocCertificateIsSelfSignedAsWerkzeugsAndServesHttps() throws Exception {
        try (FlaskServer server = helloApp().start("127.0.0.1", 0, RunOptions.builder().adhocCertificate().build())) {
            X509Certificate certificate = TlsClients.presentedCertificate(server.port());
            assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=*,O=Dummy Certificate");
            assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
            certificate.verify(certificate.getPublicKey());
            assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
            assertThat(certificate.getSubjectAlternativeNames()).contains(List.of(2, "*"), List.of(2, "*.*"));

            HttpResponse<String> rv = get(TlsClients.trusting(certificate), server.port());
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.body()).isEqualTo("hello over https");
        }
    }

    @Test
    void aClientThatDoesNotTrustTheAdhocCertificateIsRefused() {
        try (FlaskServer server = helloApp().start("127.0.0.1", 0, RunOptions.builder().adhocCertificate().build())) {
            assertThatThrownBy(() -> get(HttpClient.newHttpClient(), server.port()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void aPemCertificateAndKeyServeHttps() throws Exception {
        AdhocCertificate pem = AdhocCertificate.generate(folder);
        assertThat(Files.readString(pem.certificate())).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(Files.readString(pem.key())).startsWith("-----BEGIN PRIVATE KEY-----");
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(pem.certificate())) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        RunOptions options = RunOptions.builder().certificate(pem.certificate(), pem.key()).build();
        try (FlaskServer server = helloApp().start("127.0.0.1", 0, options)) {
            assertThat(TlsClients.presentedCertificate(server.port())).isEqualTo(certificate);
            assertThat(get(TlsClients.trusting(certificate), server.port()).body()).isEqualTo("hello over https");
        }
    }
}
