package dev.flaskspring.login;

import static dev.flaskspring.Globals.currentApp;
import static dev.flaskspring.Globals.session;

import dev.flaskspring.config.Config;
import dev.flaskspring.sessions.Session;
import dev.flaskspring.wrappers.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * The after-request hook that carries out the session's {@code _remember} instruction: {@code "set"} writes
 * the remember cookie, {@code "clear"} deletes it; Flask-Login's {@code _update_remember_cookie}.
 * <p>The cookie has an {@code Expires} attribute (no {@code Max-Age}), {@code now + _remember_seconds} or
 * {@code REMEMBER_COOKIE_DURATION}, as Flask-Login sets it.
 */
final class RememberCookieUpdate {

    private final Clock clock;

    RememberCookieUpdate(Clock clock) {
        this.clock = clock;
    }

    Response apply(Response response) {
        Session session = session();
        Config config = currentApp().config();
        if (!session.containsKey("_remember") && LoginConfig.refreshEachRequest(config)) {
            session.put("_remember", "set");
        }
        if (session.containsKey("_remember")) {
            Object operation = session.pop("_remember", null);
            if ("set".equals(operation) && session.containsKey("_user_id")) {
                setCookie(session, config, response);
            } else if ("clear".equals(operation)) {
                response.deleteCookie(LoginConfig.cookieName(config), LoginConfig.clearCookieOptions(config));
            }
        }
        return response;
    }

    private void setCookie(Session session, Config config, Response response) {
        Duration duration = session.containsKey("_remember_seconds")
                ? seconds(session.get("_remember_seconds"))
                : LoginConfig.cookieDuration(config);
        String value = RememberCookie.encode(Login.pythonStr(session.get("_user_id")), config.get("SECRET_KEY"));
        response.setCookie(LoginConfig.cookieName(config), value,
                LoginConfig.cookieOptions(config, clock.instant().plus(duration)));
    }

    /** Python's {@code timedelta(seconds=value)}: rounded to the microsecond. */
    private static Duration seconds(Object value) {
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("The session's _remember_seconds is not a number: " + value);
        }
        BigDecimal micros = new BigDecimal(number.toString()).movePointRight(6).setScale(0, RoundingMode.HALF_EVEN);
        return Duration.of(micros.longValueExact(), ChronoUnit.MICROS);
    }
}
