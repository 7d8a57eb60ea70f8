package dev.flaskspring.serving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate and its key made at start, as PEM files; Werkzeug's {@code ssl_context="adhoc"}
 * ({@code generate_adhoc_ssl_pair}).
 * <p>As Werkzeug's: a 2048-bit RSA key, subject {@code O=Dummy Certificate, CN=*}, valid for a year, for server
 * authentication, with the names {@code *} and {@code *.*}. It also names {@code localhost}, {@code 127.0.0.1}
 * and {@code ::1}, so that a client that checks host names (Java's do) accepts it for a local server once it
 * trusts it. Browsers warn about it: it is for development only.
 *
 * @param certificate the PEM certificate file
 * @param key the PEM (PKCS#8) private key file, readable by its owner only where the file system allows
 */
public record AdhocCertificate(Path certificate, Path key) {

    private static final Duration VALIDITY = Duration.ofDays(365);

    /** Makes a new certificate and key and writes them into {@code folder}. */
    public static AdhocCertificate generate(Path folder) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = selfSigned(pair);
            Path certificateFile = folder.resolve("adhoc-cert.pem");
            Path keyFile = folder.resolve("adhoc-key.pem");
            writePem(certificateFile, certificate);
            Files.deleteIfExists(keyFile);
            Files.createFile(keyFile);
            keyFile.toFile().setReadable(false, false);
            keyFile.toFile().setReadable(true, true);
            writePem(keyFile, new JcaPKCS8Generator(pair.getPrivate(), null).generate());
            return new AdhocCertificate(certificateFile, keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the ad-hoc certificate into " + folder, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not make the ad-hoc certificate: " + e.getMessage(), e);
        }
    }

    private static X509Certificate selfSigned(KeyPair pair) throws IOException, GeneralSecurityException,
            OperatorCreationException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Dummy Certificate")
                .addRDN(BCStyle.CN, "*").build();
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(159, new SecureRandom()), Date.from(now), Date.from(now.plus(VALIDITY)), subject,
                pair.getPublic());
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.dNSName, "*"),
            new GeneralName(GeneralName.dNSName, "*.*"),
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
            new GeneralName(GeneralName.iPAddress, "::1"),
        }));
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }

    private static void writePem(Path file, Object value) throws IOException {
        try (Writer out = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(value);
        }
    }
}
