package dev.flaskspring.login;

import java.time.Duration;

/**
 * The keyword arguments of Flask-Login's {@code login_user}:
 * {@code LoginOptions.builder().remember().duration(Duration.ofDays(7)).build()}.
 *
 * @param remember whether to set the remember cookie ({@code remember})
 * @param duration how long the remember cookie lasts, or null for {@code REMEMBER_COOKIE_DURATION} ({@code duration})
 * @param force whether to log in an inactive user ({@code force})
 * @param fresh whether the login counts as fresh ({@code fresh})
 */
public record LoginOptions(boolean remember, Duration duration, boolean force, boolean fresh) {

    private static final LoginOptions DEFAULTS = builder().build();

    /** Flask-Login's defaults: not remembered, not forced, fresh. */
    public static LoginOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LoginOptions}. */
    public static final class Builder {
        private boolean remember;
        private Duration duration;
        private boolean force;
        private boolean fresh = true;

        private Builder() {
        }

        /** Sets the remember cookie. */
        public Builder remember() {
            return remember(true);
        }

        /** Whether to set the remember cookie. */
        public Builder remember(boolean remember) {
            this.remember = remember;
            return this;
        }

        /** The remember cookie's lifetime, stored in the session as {@code _remember_seconds}. */
        public Builder duration(Duration duration) {
            this.duration = duration;
            return this;
        }

        /** Logs the user in even when inactive. */
        public Builder force() {
            return force(true);
        }

        /** Whether to log the user in even when inactive. */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /** Marks the login fresh (the default). */
        public Builder fresh() {
            return fresh(true);
        }

        /** Whether the login is fresh; false as for a login restored from a cookie. */
        public Builder fresh(boolean fresh) {
            this.fresh = fresh;
            return this;
        }

        /** The options. */
        public LoginOptions build() {
            return new LoginOptions(remember, duration, force, fresh);
        }
    }
}
