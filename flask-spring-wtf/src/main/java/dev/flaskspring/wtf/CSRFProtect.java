package dev.flaskspring.wtf;

import static dev.flaskspring.Globals.currentApp;
import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.session;

import dev.flaskspring.Blueprint;
import dev.flaskspring.Flask;
import dev.flaskspring.FlaskExtension;
import dev.flaskspring.config.Config;
import dev.flaskspring.ctx.G;
import dev.flaskspring.sessions.BadSignature;
import dev.flaskspring.sessions.Session;
import dev.flaskspring.sessions.SignatureExpired;
import dev.flaskspring.templating.Markup;
import dev.flaskspring.wrappers.MultiDict;
import dev.flaskspring.wrappers.Request;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSRF protection for every view of an app; Flask-WTF's {@code CSRFProtect}.
 * <p>{@code initApp} sets the {@code WTF_CSRF_*} defaults, adds the template globals {@code csrf_token} and
 * {@code csrf_meta_tag}, and checks each {@code POST}, {@code PUT}, {@code PATCH} and {@code DELETE} request
 * before its view: the token comes from the form field {@code csrf_token} (or any field ending in it, for
 * prefixed forms) or the {@code X-CSRFToken} / {@code X-CSRF-Token} header, and must be one that
 * {@link #generateCsrf()} issued for this session within {@code WTF_CSRF_TIME_LIMIT}; on HTTPS the
 * {@code Referer} must also be this host. A failure raises {@link CSRFError} (a 400).
 * <p>Tokens are Flask-WTF's, byte for byte: a token issued by the Python app with the same secret key
 * validates here, and the other way round.
 */
public final class CSRFProtect implements FlaskExtension {

    private static final Logger logger = LoggerFactory.getLogger(CSRFProtect.class);
    private static final LongSupplier SYSTEM_CLOCK = () -> System.currentTimeMillis() / 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Set<String> exemptViews = ConcurrentHashMap.newKeySet();
    private final Set<Blueprint> exemptBlueprints = ConcurrentHashMap.newKeySet();
    private final LongSupplier clock;

    /** An extension to apply with {@link #initApp(Flask)}; Flask-WTF's {@code CSRFProtect()}. */
    public CSRFProtect() {
        this(SYSTEM_CLOCK);
    }

    /** An extension that reads the time (epoch seconds) from {@code clock}, for tests frozen in time. */
    public CSRFProtect(LongSupplier clock) {
        this.clock = clock;
    }

    /** {@code "csrf"}, the key in {@code app.extensions()}. */
    @Override
    public String name() {
        return "csrf";
    }

    /**
     * Sets the config defaults, the template globals and the check before each request; Flask-WTF's
     * {@code init_app}.
     */
    @Override
    public void initApp(Flask app) {
        app.extensions().put(name(), this);
        CsrfConfig.setDefaults(app.config());
        app.templateGlobal("csrf_token", new TemplateFunction<>("generate_csrf", CSRFProtect::generateCsrf));
        app.templateGlobal("csrf_meta_tag", new TemplateFunction<>("csrf_meta_tag", CSRFProtect::csrfMetaTag));
        app.beforeRequest(() -> {
            Config config = app.config();
            if (config.getBoolean(CsrfConfig.ENABLED) && config.getBoolean(CsrfConfig.CHECK_DEFAULT)) {
                protect(true);
            }
            return null;
        });
    }

    /**
     * Leaves the view of {@code endpoint} unchecked; Flask-WTF's {@code @csrf.exempt}. Returns the endpoint.
     * <p>The name is the endpoint's, {@code "webhook"} or {@code "api.webhook"} in a blueprint.
     */
    public String exempt(String endpoint) {
        exemptViews.add(endpoint);
        return endpoint;
    }

    /**
     * Leaves every view of {@code blueprint} unchecked (not those of blueprints nested in it, as in
     * Flask-WTF); {@code csrf.exempt(bp)}. Returns the blueprint.
     */
    public Blueprint exempt(Blueprint blueprint) {
        exemptBlueprints.add(blueprint);
        return blueprint;
    }

    /**
     * Checks the current request now, exempt or not; Flask-WTF's {@code csrf.protect()}, for views of an app
     * with {@code WTF_CSRF_CHECK_DEFAULT=false}.
     *
     * @throws CSRFError when the token or the referrer is wrong
     */
    public void protect() {
        protect(false);
    }

    /**
     * Checks the current request now, skipping requests that match no endpoint and, when
     * {@code applyExemptions}, exempt views and blueprints; Flask-WTF's {@code protect(apply_exemptions)}.
     *
     * @throws CSRFError when the token or the referrer is wrong
     */
    public void protect(boolean applyExemptions) {
        Request request = request();
        Flask app = currentApp();
        if (applyExemptions && (request.endpoint() == null || isExempt(app, request))) {
            return;
        }
        if (!CsrfConfig.methods(app.config()).contains(request.method())) {
            return;
        }
        try {
            validateCsrf(tokenOf(request, app.config()));
        } catch (CSRFError e) {
            logger.info(e.description());
            throw e;
        }
        if (request.isSecure() && app.config().getBoolean(CsrfConfig.SSL_STRICT)) {
            String referrer = request.headers().get("Referer");
            if (referrer == null || referrer.isEmpty()) {
                throw new CSRFError(CSRFError.REFERRER_MISSING);
            }
            if (!SameOrigin.test(referrer, "https://" + request.host() + "/")) {
                throw new CSRFError(CSRFError.REFERRER_MISMATCH);
            }
        }
        g().put("csrf_valid", true);
    }

    private boolean isExempt(Flask app, Request request) {
        String blueprint = request.blueprint();
        if (blueprint != null && exemptBlueprints.contains(app.blueprints().get(blueprint))) {
            return true;
        }
        return app.viewFunction(request.endpoint()) != null && exemptViews.contains(request.endpoint());
    }

    /** The first non-empty token in the form field, a form field ending in its name, or the headers, in that order. */
    private static String tokenOf(Request request, Config config) {
        String fieldName = CsrfConfig.fieldName(config, null);
        MultiDict<String> form = request.form();
        String token = form.get(fieldName);
        if (token != null && !token.isEmpty()) {
            return token;
        }
        for (String key : form.keySet()) {
            if (key.endsWith(fieldName)) {
                token = form.get(key);
                if (token != null && !token.isEmpty()) {
                    return token;
                }
            }
        }
        for (String header : CsrfConfig.headers(config)) {
            token = request.headers().get(header);
            if (token != null && !token.isEmpty()) {
                return token;
            }
        }
        return null;
    }

    /**
     * The signed CSRF token of the current request, made once per request; Flask-WTF's {@code generate_csrf()}.
     * <p>The raw token is kept in the session under {@code WTF_CSRF_FIELD_NAME} (made when missing), the
     * signed one in {@code g} under the same name.
     *
     * @throws IllegalStateException without {@code WTF_CSRF_SECRET_KEY} or {@code SECRET_KEY}
     */
    public static String generateCsrf() {
        return generateCsrf(null, null);
    }

    /**
     * The signed CSRF token, signed with {@code secretKey} and kept under {@code tokenKey} (each null for the
     * config's); Flask-WTF's {@code generate_csrf(secret_key, token_key)}.
     *
     * @throws IllegalStateException without a secret key
     */
    public static String generateCsrf(String secretKey, String tokenKey) {
        Flask app = currentApp();
        byte[] key = CsrfConfig.secretKey(app.config(), secretKey);
        String fieldName = CsrfConfig.fieldName(app.config(), tokenKey);
        G g = g();
        if (!g.containsKey(fieldName)) {
            Session session = session();
            // Flask-WTF replaces a session value it cannot sign; a raw token is always a string.
            if (!(session.get(fieldName) instanceof String)) {
                session.put(fieldName, newRawToken());
            }
            g.put(fieldName, new CsrfTokenSerializer(key, clockOf(app)).dumps((String) session.get(fieldName)));
        }
        return (String) g.get(fieldName);
    }

    /**
     * Checks a signed token against the session's raw token; Flask-WTF's {@code validate_csrf(data)}.
     *
     * @throws CSRFError saying why it is not valid
     * @throws IllegalStateException without a secret key
     */
    public static void validateCsrf(String token) {
        validateCsrf(token, null, null, null);
    }

    /**
     * Checks a signed token with {@code secretKey}, {@code timeLimitSeconds} and {@code tokenKey} (each null
     * for the config's); Flask-WTF's {@code validate_csrf(data, secret_key, time_limit, token_key)}.
     *
     * @throws CSRFError saying why it is not valid
     * @throws IllegalStateException without a secret key
     */
    public static void validateCsrf(String token, String secretKey, Long timeLimitSeconds, String tokenKey) {
        Flask app = currentApp();
        byte[] key = CsrfConfig.secretKey(app.config(), secretKey);
        String fieldName = CsrfConfig.fieldName(app.config(), tokenKey);
        Long timeLimit = CsrfConfig.timeLimit(app.config(), timeLimitSeconds);
        if (token == null || token.isEmpty()) {
            throw new CSRFError(CSRFError.TOKEN_MISSING);
        }
        Session session = session();
        if (!session.containsKey(fieldName)) {
            throw new CSRFError(CSRFError.SESSION_TOKEN_MISSING);
        }
        Object signed;
        try {
            signed = new CsrfTokenSerializer(key, clockOf(app)).loads(token, timeLimit);
        } catch (SignatureExpired e) {
            throw new CSRFError(CSRFError.TOKEN_EXPIRED);
        } catch (BadSignature e) {
            throw new CSRFError(CSRFError.TOKEN_INVALID);
        }
        if (!(signed instanceof String signedToken && session.get(fieldName) instanceof String rawToken)
                || !MessageDigest.isEqual(rawToken.getBytes(StandardCharsets.UTF_8),
                        signedToken.getBytes(StandardCharsets.UTF_8))) {
            throw new CSRFError(CSRFError.TOKENS_DO_NOT_MATCH);
        }
    }

    /**
     * {@code <meta name="csrf-token" content="...">} with the request's token, for JavaScript clients;
     * Flask-WTF's {@code csrf_meta_tag()}. The name is {@code WTF_CSRF_META_NAME}.
     */
    public static Markup csrfMetaTag() {
        return csrfMetaTag(null);
    }

    /** The meta tag with the attribute {@code name} (null: {@code WTF_CSRF_META_NAME}); {@code csrf_meta_tag(name)}. */
    public static Markup csrfMetaTag(String name) {
        String metaName = CsrfConfig.metaName(currentApp().config(), name);
        String token = generateCsrf();
        return new Markup("<meta name=\"" + Markup.escapeText(metaName) + "\" content=\"" + Markup.escapeText(token)
                + "\">");
    }

    /** A new raw token: the SHA-1 hex digest of 64 random bytes, as Flask-WTF makes it. */
    private static String newRawToken() {
        byte[] random = new byte[64];
        RANDOM.nextBytes(random);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(random));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }

    /** The clock of the app's {@code CSRFProtect}, else the system's (the functions work without the extension). */
    private static LongSupplier clockOf(Flask app) {
        return app.extensions().get("csrf") instanceof CSRFProtect csrf ? csrf.clock : SYSTEM_CLOCK;
    }
}
