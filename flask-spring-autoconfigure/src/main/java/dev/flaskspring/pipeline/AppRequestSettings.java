package dev.flaskspring.pipeline;

import dev.flaskspring.Flask;
import dev.flaskspring.json.JsonProvider;
import dev.flaskspring.wrappers.Request;

/** The request limits read from the app's config at each use, so later config changes apply. */
public final class AppRequestSettings implements Request.Settings {

    private final Flask app;

    public AppRequestSettings(Flask app) {
        this.app = app;
    }

    @Override
    public Long maxContentLength() {
        return asLong(app.config().get("MAX_CONTENT_LENGTH"));
    }

    @Override
    public Long maxFormMemorySize() {
        return asLong(app.config().get("MAX_FORM_MEMORY_SIZE"));
    }

    @Override
    public Integer maxFormParts() {
        Long v = asLong(app.config().get("MAX_FORM_PARTS"));
        return v == null ? null : v.intValue();
    }

    @Override
    public JsonProvider json() {
        return app.json();
    }

    @Override
    public boolean debug() {
        return app.isDebug();
    }

    private static Long asLong(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof Number n ? n.longValue() : Long.valueOf(v.toString().trim());
    }
}
