package dev.flaskspring.bench.baseline;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.flaskspring.sessions.BadSignature;
import dev.flaskspring.sessions.SessionSerializer;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The five benchmark endpoints with {@code @RestController}, mustache.java and the session cookie serializer. */
@RestController
class BaselineController {

    /** One row of the template page. */
    record Item(int id, String title) {
    }

    private static final long MAX_AGE_SECONDS = 31L * 24 * 3600;
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final Mustache page = new DefaultMustacheFactory("templates").compile("page.html");
    private final List<Item> items = items();
    private final SessionSerializer sessions;

    BaselineController(@Value("${FLASK_SECRET_KEY:bench}") String secretKey) {
        this.sessions = new SessionSerializer(List.of(secretKey.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            items.add(new Item(i, "Item " + i));
        }
        return List.copyOf(items);
    }

    @GetMapping("/plaintext")
    ResponseEntity<String> plaintext() {
        return ResponseEntity.ok().contentType(TEXT).body("Hello, World!");
    }

    @GetMapping("/json")
    Map<String, String> json() {
        return Map.of("message", "Hello, World!");
    }

    @GetMapping("/user/{id}")
    Map<String, Integer> user(@PathVariable int id) {
        return Map.of("id", id);
    }

    @GetMapping("/template")
    ResponseEntity<String> template() {
        StringWriter out = new StringWriter(1024);
        page.execute(out, Map.of("items", items, "warning", "<script>alert(1)</script>"));
        return ResponseEntity.ok().contentType(HTML).body(out.toString());
    }

    @GetMapping("/session")
    ResponseEntity<String> session(@CookieValue(name = "session", required = false) String cookie) {
        Map<String, Object> data = new HashMap<>();
        if (cookie != null) {
            try {
                if (sessions.loads(cookie, MAX_AGE_SECONDS) instanceof Map<?, ?> loaded) {
                    loaded.forEach((k, v) -> data.put(String.valueOf(k), v));
                }
            } catch (BadSignature ignored) {
                // A cookie that does not verify is an empty session, as in Flask.
            }
        }
        long counter = data.get("counter") instanceof Number n ? n.longValue() + 1 : 1;
        data.put("counter", counter);
        return ResponseEntity.ok().contentType(TEXT)
                .header(HttpHeaders.SET_COOKIE, "session=" + sessions.dumps(data) + "; HttpOnly; Path=/")
                .header(HttpHeaders.VARY, "Cookie")
                .body(Long.toString(counter));
    }
}
