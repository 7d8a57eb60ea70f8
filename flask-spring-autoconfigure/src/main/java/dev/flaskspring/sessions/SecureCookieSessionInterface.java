package dev.flaskspring.sessions;

import dev.flaskspring.Flask;
import dev.flaskspring.wrappers.CookieOptions;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the session in a signed cookie, byte-compatible with Flask's; Flask's
 * {@code SecureCookieSessionInterface}.
 * <p>Signed with {@code SECRET_KEY}, verified with it or any of {@code SECRET_KEY_FALLBACKS}; a
 * missing, tampered or expired cookie gives an empty session, never an error.
 */
public class SecureCookieSessionInterface implements SessionInterface {

    private static final Logger LOG = LoggerFactory.getLogger(SecureCookieSessionInterface.class);

    private final TaggedJsonSerializer json = new TaggedJsonSerializer();
    private final LongSupplier clock;
    private volatile CachedSerializer cached;

    /** The serializer built for one set of keys, kept while the config's keys stay the same. */
    private record CachedSerializer(Object secretKey, Object fallbacks, SessionSerializer serializer) {
    }

    /** The interface with the system clock. */
    public SecureCookieSessionInterface() {
        this(() -> System.currentTimeMillis() / 1000);
    }

    /** The interface reading the time (epoch seconds) from {@code clock}, for tests. */
    public SecureCookieSessionInterface(LongSupplier clock) {
        this.clock = clock;
    }

    /** The tagged JSON serializer, to register custom tags; Flask's {@code serializer}. */
    public TaggedJsonSerializer serializer() {
        return json;
    }

    /** The signing serializer for the app's keys, or null without {@code SECRET_KEY}; Flask's {@code get_signing_serializer}. */
    public SessionSerializer signingSerializer(Flask app) {
        Object secretKey = app.config().get("SECRET_KEY");
        Object fallbackKeys = app.config().get("SECRET_KEY_FALLBACKS");
        CachedSerializer c = cached;
        if (c != null && c.secretKey() == secretKey && c.fallbacks() == fallbackKeys) {
            return c.serializer();
        }
        SessionSerializer serializer = buildSerializer(secretKey, fallbackKeys);
        cached = new CachedSerializer(secretKey, fallbackKeys, serializer);
        return serializer;
    }

    private SessionSerializer buildSerializer(Object secretKey, Object fallbacks) {
        byte[] secret = keyBytes(secretKey);
        if (secret == null || secret.length == 0) {
            return null;
        }
        List<byte[]> keys = new ArrayList<>();
        if (fallbacks instanceof Iterable<?> many) {
            many.forEach(k -> {
                byte[] b = keyBytes(k);
                if (b != null) {
                    keys.add(b);
                }
            });
        }
        keys.add(secret);
        return new SessionSerializer(keys, json, clock);
    }

    private static byte[] keyBytes(Object key) {
        if (key == null) {
            return null;
        }
        return key instanceof byte[] b ? b : key.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Session openSession(Flask app, Request request) {
        SessionSerializer serializer = signingSerializer(app);
        if (serializer == null) {
            return null;
        }
        String value = request.cookie(getCookieName(app));
        if (value == null || value.isEmpty()) {
            return new Session(Map.of(), false);
        }
        long maxAge = permanentSessionLifetime(app).getSeconds();
        try {
            Object data = serializer.loads(value, maxAge);
            if (data instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) map;
                return new Session(typed, false);
            }
            LOG.debug("Ignoring a session cookie that is not an object");
        } catch (BadSignature e) {
            LOG.debug("Ignoring an invalid session cookie: {}", e.getMessage());
        }
        return new Session(Map.of(), false);
    }

    @Override
    public void saveSession(Flask app, Session session, Response response) {
        String name = getCookieName(app);
        CookieOptions.Builder options = CookieOptions.builder().domain(getCookieDomain(app)).path(getCookiePath(app))
                .secure(getCookieSecure(app)).partitioned(getCookiePartitioned(app)).sameSite(getCookieSamesite(app))
                .httpOnly(getCookieHttponly(app));
        if (session.isAccessed()) {
            response.addVary("Cookie");
        }
        if (session.isEmpty()) {
            if (session.isModified()) {
                response.deleteCookie(name, options.build());
                response.addVary("Cookie");
            }
            return;
        }
        if (!shouldSetCookie(app, session)) {
            return;
        }
        Instant expires = getExpirationTime(app, session);
        String value = signingSerializer(app).dumps(toPlainMap(session));
        response.setCookie(name, value, options.expires(expires).build());
        warnIfTooLarge(app, name, value, response);
        response.addVary("Cookie");
    }

    private static Map<String, Object> toPlainMap(Session session) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        session.entrySet().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static void warnIfTooLarge(Flask app, String name, String value, Response response) {
        Object limit = app.config().get("MAX_COOKIE_SIZE");
        if (!(limit instanceof Number n) || n.intValue() <= 0) {
            return;
        }
        List<String> cookies = response.headers().getAll("Set-Cookie");
        String header = cookies.get(cookies.size() - 1);
        if (header.length() > n.intValue()) {
            LOG.warn("The '{}' cookie is too large: the value was {} bytes but the header required {} extra bytes."
                    + " The final size was {} bytes but the limit is {} bytes. Browsers may silently ignore cookies"
                    + " larger than this.", name, value.length(), header.length() - value.length(), header.length(), n);
        }
    }
}
