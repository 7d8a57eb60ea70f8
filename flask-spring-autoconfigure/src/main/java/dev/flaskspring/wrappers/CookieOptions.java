package dev.flaskspring.wrappers;

import java.time.Duration;
import java.time.Instant;

/**
 * The attributes of a {@code Set-Cookie} header; the keyword arguments of Werkzeug's {@code set_cookie}.
 * <p>{@code CookieOptions.builder().maxAge(Duration.ofDays(1)).httpOnly(true).sameSite("Lax").build()}.
 */
public record CookieOptions(Duration maxAge, Instant expires, String path, String domain, boolean secure,
        boolean httpOnly, String sameSite, boolean partitioned, boolean syncExpires) {

    private static final CookieOptions DEFAULTS = builder().build();

    /** Werkzeug's defaults: path {@code /}, session cookie, no other attribute. */
    public static CookieOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from Werkzeug's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link CookieOptions}. */
    public static final class Builder {
        private Duration maxAge;
        private Instant expires;
        private String path = "/";
        private String domain;
        private boolean secure;
        private boolean httpOnly;
        private String sameSite;
        private boolean partitioned;
        private boolean syncExpires = true;

        private Builder() {
        }

        /** {@code Max-Age}; also sets {@code Expires} unless {@link #syncExpires(boolean)} is off. */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        /** {@code Max-Age} in seconds. */
        public Builder maxAge(long seconds) {
            return maxAge(Duration.ofSeconds(seconds));
        }

        /** {@code Expires}. */
        public Builder expires(Instant expires) {
            this.expires = expires;
            return this;
        }

        /** {@code Path}; null leaves it out. */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /** {@code Domain}. */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        /** {@code Secure}. */
        public Builder secure(boolean secure) {
            this.secure = secure;
            return this;
        }

        /** {@code HttpOnly}. */
        public Builder httpOnly(boolean httpOnly) {
            this.httpOnly = httpOnly;
            return this;
        }

        /** {@code SameSite}: {@code Strict}, {@code Lax} or {@code None} (any case), or null. */
        public Builder sameSite(String sameSite) {
            this.sameSite = sameSite;
            return this;
        }

        /** {@code Partitioned} (CHIPS); implies {@code Secure}. */
        public Builder partitioned(boolean partitioned) {
            this.partitioned = partitioned;
            return this;
        }

        /** Whether {@code maxAge} also sets {@code Expires} (default true). */
        public Builder syncExpires(boolean syncExpires) {
            this.syncExpires = syncExpires;
            return this;
        }

        /** The options. */
        public CookieOptions build() {
            return new CookieOptions(maxAge, expires, path, domain, secure, httpOnly, sameSite, partitioned,
                    syncExpires);
        }
    }
}
