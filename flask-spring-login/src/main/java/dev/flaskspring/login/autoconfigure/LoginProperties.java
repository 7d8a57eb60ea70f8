package dev.flaskspring.login.autoconfigure;

import dev.flaskspring.config.Config;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * Flask-Login's config keys as typed {@code flask.*} properties: {@code flask.remember-cookie-duration=7d}
 * becomes {@code REMEMBER_COOKIE_DURATION} as a {@code Duration} (a bare number is seconds, as in Flask-Login),
 * flags become booleans rather than the text other {@code flask.*} keys become.
 */
@ConfigurationProperties(prefix = "flask")
public class LoginProperties {

    /** REMEMBER_COOKIE_NAME: the remember-me cookie's name (default remember_token). */
    private String rememberCookieName;
    /** REMEMBER_COOKIE_DURATION: how long the remember-me cookie lasts (default 365 days; a bare number is seconds). */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration rememberCookieDuration;
    /** REMEMBER_COOKIE_DOMAIN: the remember-me cookie's Domain attribute. */
    private String rememberCookieDomain;
    /** REMEMBER_COOKIE_PATH: the remember-me cookie's Path (default /). */
    private String rememberCookiePath;
    /** REMEMBER_COOKIE_SECURE: the remember-me cookie's Secure attribute (default false). */
    private Boolean rememberCookieSecure;
    /** REMEMBER_COOKIE_HTTPONLY: the remember-me cookie's HttpOnly attribute (default true). */
    private Boolean rememberCookieHttponly;
    /** REMEMBER_COOKIE_SAMESITE: the remember-me cookie's SameSite attribute (Strict, Lax, None). */
    private String rememberCookieSamesite;
    /** REMEMBER_COOKIE_REFRESH_EACH_REQUEST: resend the remember-me cookie on every request. */
    private Boolean rememberCookieRefreshEachRequest;
    /** USE_SESSION_FOR_NEXT: keep the page to return to after login in the session instead of the URL. */
    private Boolean useSessionForNext;
    /** LOGIN_DISABLED: let every request through login_required (for tests). */
    private Boolean loginDisabled;
    /** SESSION_PROTECTION: basic (default), strong, or empty to turn it off. */
    private String sessionProtection;
    /** FORCE_HOST_FOR_REDIRECTS: the host of the login URL Flask-Login redirects to. */
    private String forceHostForRedirects;

    /** Puts the set properties into {@code config} under their Flask-Login keys. */
    public void copyInto(Config config) {
        putIfSet(config, "REMEMBER_COOKIE_NAME", rememberCookieName);
        putIfSet(config, "REMEMBER_COOKIE_DURATION", rememberCookieDuration);
        putIfSet(config, "REMEMBER_COOKIE_DOMAIN", rememberCookieDomain);
        putIfSet(config, "REMEMBER_COOKIE_PATH", rememberCookiePath);
        putIfSet(config, "REMEMBER_COOKIE_SECURE", rememberCookieSecure);
        putIfSet(config, "REMEMBER_COOKIE_HTTPONLY", rememberCookieHttponly);
        putIfSet(config, "REMEMBER_COOKIE_SAMESITE", rememberCookieSamesite);
        putIfSet(config, "REMEMBER_COOKIE_REFRESH_EACH_REQUEST", rememberCookieRefreshEachRequest);
        putIfSet(config, "USE_SESSION_FOR_NEXT", useSessionForNext);
        putIfSet(config, "LOGIN_DISABLED", loginDisabled);
        putIfSet(config, "SESSION_PROTECTION", sessionProtection);
        putIfSet(config, "FORCE_HOST_FOR_REDIRECTS", forceHostForRedirects);
    }

    private static void putIfSet(Config config, String key, Object value) {
        if (value != null) {
            config.put(key, value);
        }
    }

    public String getRememberCookieName() {
        return rememberCookieName;
    }

    public void setRememberCookieName(String rememberCookieName) {
        this.rememberCookieName = rememberCookieName;
    }

    public Duration getRememberCookieDuration() {
        return rememberCookieDuration;
    }

    public void setRememberCookieDuration(Duration rememberCookieDuration) {
        this.rememberCookieDuration = rememberCookieDuration;
    }

    public String getRememberCookieDomain() {
        return rememberCookieDomain;
    }

    public void setRememberCookieDomain(String rememberCookieDomain) {
        this.rememberCookieDomain = rememberCookieDomain;
    }

    public String getRememberCookiePath() {
        return rememberCookiePath;
    }

    public void setRememberCookiePath(String rememberCookiePath) {
        this.rememberCookiePath = rememberCookiePath;
    }

    public Boolean getRememberCookieSecure() {
        return rememberCookieSecure;
    }

    public void setRememberCookieSecure(Boolean rememberCookieSecure) {
        this.rememberCookieSecure = rememberCookieSecure;
    }

    public Boolean getRememberCookieHttponly() {
        return rememberCookieHttponly;
    }

    public void setRememberCookieHttponly(Boolean rememberCookieHttponly) {
        this.rememberCookieHttponly = rememberCookieHttponly;
    }

    public String getRememberCookieSamesite() {
        return rememberCookieSamesite;
    }

    public void setRememberCookieSamesite(String rememberCookieSamesite) {
        this.rememberCookieSamesite = rememberCookieSamesite;
    }

    public Boolean getRememberCookieRefreshEachRequest() {
        return rememberCookieRefreshEachRequest;
    }

    public void setRememberCookieRefreshEachRequest(Boolean rememberCookieRefreshEachRequest) {
        this.rememberCookieRefreshEachRequest = rememberCookieRefreshEachRequest;
    }

    public Boolean getUseSessionForNext() {
        return useSessionForNext;
    }

    public void setUseSessionForNext(Boolean useSessionForNext) {
        this.useSessionForNext = useSessionForNext;
    }

    public Boolean getLoginDisabled() {
        return loginDisabled;
    }

    public void setLoginDisabled(Boolean loginDisabled) {
        this.loginDisabled = loginDisabled;
    }

    public String getSessionProtection() {
        return sessionProtection;
    }

    public void setSessionProtection(String sessionProtection) {
        this.sessionProtection = sessionProtection;
    }

    public String getForceHostForRedirects() {
        return forceHostForRedirects;
    }

    public void setForceHostForRedirects(String forceHostForRedirects) {
        this.forceHostForRedirects = forceHostForRedirects;
    }
}
