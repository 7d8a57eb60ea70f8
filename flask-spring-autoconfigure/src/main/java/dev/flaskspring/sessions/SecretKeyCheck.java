package dev.flaskspring.sessions;

import dev.flaskspring.Flask;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns, when an app starts serving outside debug and testing, that its {@code SECRET_KEY} lets anyone
 * forge session cookies: the tutorial's {@code dev}, empty, or shorter than 16 bytes. The key itself is
 * never logged.
 */
public final class SecretKeyCheck {

    private static final Logger logger = LoggerFactory.getLogger(SecretKeyCheck.class);
    private static final int MINIMUM_BYTES = 16;

    private SecretKeyCheck() {
    }

    /** Whether {@code key} is missing, {@code dev}, empty or shorter than 16 bytes. */
    public static boolean isWeak(Object key) {
        if (key == null) {
            return false;
        }
        byte[] bytes = key instanceof byte[] b ? b : key.toString().getBytes(StandardCharsets.UTF_8);
        return bytes.length < MINIMUM_BYTES;
    }

    /** Logs one warning when {@code app} serves with a weak key outside debug and testing. */
    public static void warnIfWeak(Flask app) {
        if (app.isDebug() || app.isTesting() || !isWeak(app.config().get("SECRET_KEY"))) {
            return;
        }
        logger.warn("The SECRET_KEY of app '{}' is weak (the development value 'dev', empty, or shorter than {} bytes):"
                + " anyone can forge its session cookies. Set flask.secret-key (env FLASK_SECRET_KEY) to a long"
                + " random value, e.g. from 'python -c \"import secrets; print(secrets.token_hex())\"'.",
                app.name(), MINIMUM_BYTES);
    }
}
