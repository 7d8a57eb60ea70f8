package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.sessions.SecureCookieSessionInterface;
import dev.flaskspring.sessions.SessionInterface;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import dev.flaskspring.ctx.AppContext;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.zip.Inflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo on what Python flaskr made (recorded by {@code src/test/python/record_flaskr.py} with Flask
 * 3.1.3, SECRET_KEY "dev"): the users and posts of its database file, a session cookie it issued, and the
 * pages it rendered. The rows are copied into this run's database, so the pages compare on SQLite and on
 * PostgreSQL; {@link PythonDatabaseFileTests} serves Python's file itself.
 */
class InteropTests extends FlaskrTestCase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Map<String, Object> recorded;
    private SessionInterface savedSessionInterface;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void usePythonsData() throws Exception {
        Path copy = tempDir.resolve("flaskr-python.sqlite");
        try (InputStream in = bytes("interop/flaskr-python.sqlite")) {
            Files.copy(in, copy);
        }
        copyRows(copy);
        recorded = JSON.readValue(resource("interop/python-session.json"), Map.class);
        // Python signed the cookie at minted_at; read it as if shortly after, so it is never too old.
        long mintedAt = ((Number) recorded.get("minted_at")).longValue();
        savedSessionInterface = app.sessionInterface();
        app.sessionInterface(new SecureCookieSessionInterface(() -> mintedAt + 60));
    }

    @AfterEach
    void restoreSessionInterface() {
        app.sessionInterface(savedSessionInterface);
    }

    @Test
    void aUserRegisteredByPythonLogsInWithTheirWerkzeugScryptHash() {
        TestResponse response = auth.login((String) recorded.get("username"), (String) recorded.get("password"));
        assertThat(response.headers().get("Location")).isEqualTo("/");
        assertThat(client.get("/").text()).contains("<span>pyuser</span>");
        assertThat(auth.login("pyuser", "wrong").text()).contains("Incorrect password.");
    }

    @Test
    void aSessionCookieIssuedByPythonLogsTheUserIn() {
        client.setCookie("session", (String) recorded.get("cookie"));
        String page = client.get("/").text();
        assertThat(page).contains("<span>pyuser</span>").contains("href=\"/1/update\"");
    }

    @Test
    void aTamperedPythonCookieLogsNobodyIn() {
        String cookie = (String) recorded.get("cookie");
        client.setCookie("session", cookie.substring(0, cookie.length() - 2) + "AA");
        assertThat(client.get("/").text()).contains("Log In").doesNotContain("<span>pyuser</span>");
    }

    @Test
    void aCookieIssuedHereFollowsFlasksSigningRules() throws Exception {
        auth.login((String) recorded.get("username"), (String) recorded.get("password"));
        String cookie = client.getCookie("session").value();

        assertThat(itsdangerousLoads(cookie, "dev")).isEqualTo("{\"user_id\":1}");
        assertThat(itsdangerousLoads(cookie, "not the key")).isNull();
    }

    @Test
    void datesShowAsPythonShowsThemWhateverTheJvmTimeZone() throws Exception {
        TimeZone saved = TimeZone.getDefault();
        // The post was written at 03:25 UTC: the day before in Honolulu.
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Honolulu"));
        try {
            assertThat(structure(client.get("/").text())).isEqualTo(structure(resource("interop/index-anonymous.html")));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    // Each recorded page, rendered here from the same database, has the same status, elements, attributes and text.
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "index-anonymous.html, GET, /, '', false, 200",
        "login.html, GET, /auth/login, '', false, 200",
        "register.html, GET, /auth/register, '', false, 200",
        "login-incorrect-username.html, POST, /auth/login, username=nobody&password=x, false, 200",
        "register-already-registered.html, POST, /auth/register, username=pyuser&password=x, false, 200",
        "index-logged-in.html, GET, /, '', true, 200",
        "create.html, GET, /create, '', true, 200",
        "update.html, GET, /1/update, '', true, 200",
        "create-title-required.html, POST, /create, title=&body=kept, true, 200",
        "update-missing-post.html, GET, /2/update, '', true, 404",
    })
    void pagesHaveTheStructurePythonFlaskrGives(String page, String method, String path, String form,
            boolean loggedIn, int status) throws Exception {
        if (loggedIn) {
            client.setCookie("session", (String) recorded.get("cookie"));
        }
        TestRequest request = "POST".equals(method) ? TestRequest.post(path).form(formOf(form)) : TestRequest.get(path);
        TestResponse response = client.open(request);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(structure(response.text())).isEqualTo(structure(resource("interop/" + page)));
    }

    /** Replaces the test data by the users and posts of Python's database, ids and dates kept. */
    private void copyRows(Path pythonDatabase) throws Exception {
        try (AppContext ctx = app.appContext();
                Connection python = DriverManager.getConnection("jdbc:sqlite:" + pythonDatabase);
                Statement read = python.createStatement()) {
            Db db = FlaskrDatabase.getDb();
            db.execute("DELETE FROM post");
            db.execute("DELETE FROM \"user\"");
            try (ResultSet users = read.executeQuery("SELECT id, username, password FROM user")) {
                while (users.next()) {
                    db.execute("INSERT INTO \"user\" (id, username, password) VALUES (?, ?, ?)", users.getInt(1),
                            users.getString(2), users.getString(3));
                }
            }
            try (ResultSet posts = read.executeQuery("SELECT id, author_id, created, title, body FROM post")) {
                while (posts.next()) {
                    String created = posts.getString(3);
                    db.execute("INSERT INTO post (id, author_id, created, title, body) VALUES (?, ?, ?, ?, ?)",
                            posts.getInt(1), posts.getInt(2),
                            TestDatabase.POSTGRESQL ? Db.fromIsoFormat(created) : created,
                            posts.getString(4), posts.getString(5));
                }
            }
        }
    }

    private static Map<String, String> formOf(String encoded) {
        Map<String, String> form = new TreeMap<>();
        for (String pair : encoded.split("&")) {
            if (!pair.isEmpty()) {
                form.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return form;
    }

    /**
     * The page as a list of elements (depth, tag, sorted attributes) and non-blank texts, so that markup
     * spelled differently (closing tags, quotes, whitespace between tags) compares equal.
     */
    static List<String> structure(String html) {
        List<String> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    out.add(depth + " <" + e.tagName() + attributes(e) + ">");
                } else if (node instanceof TextNode t && !t.isBlank()) {
                    out.add(depth + " " + t.getWholeText().strip());
                }
            }
        }, Jsoup.parse(html));
        return out;
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> attributes = new TreeMap<>();
        e.attributes().forEach(a -> attributes.put(a.getKey(), a.getValue()));
        return attributes;
    }

    /**
     * The JSON of a Flask session cookie when its signature is right for {@code secretKey}, else null;
     * itsdangerous' {@code URLSafeTimedSerializer} with Flask's salt, HMAC key derivation and SHA-1,
     * written out here so that the check does not depend on the code under test.
     */
    static String itsdangerousLoads(String cookie, String secretKey) throws Exception {
        int sigDot = cookie.lastIndexOf('.');
        String signed = cookie.substring(0, sigDot);
        String payload = signed.substring(0, signed.lastIndexOf('.'));
        byte[] derivedKey = hmacSha1(secretKey.getBytes(StandardCharsets.UTF_8), "cookie-session");
        byte[] expected = hmacSha1(derivedKey, signed);
        byte[] actual = Base64.getUrlDecoder().decode(cookie.substring(sigDot + 1));
        if (!MessageDigest.isEqual(expected, actual)) {
            return null;
        }
        boolean compressed = payload.startsWith(".");
        byte[] json = Base64.getUrlDecoder().decode(compressed ? payload.substring(1) : payload);
        return new String(compressed ? inflate(json) : json, StandardCharsets.UTF_8);
    }

    private static byte[] hmacSha1(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        return mac.doFinal(message.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] inflate(byte[] data) throws Exception {
        Inflater inflater = new Inflater();
        inflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[256];
        while (!inflater.finished()) {
            out.write(buffer, 0, inflater.inflate(buffer));
        }
        return out.toByteArray();
    }

    private static InputStream bytes(String name) throws IOException {
        InputStream in = InteropTests.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("No test resource " + name);
        }
        return in;
    }
}
