package dev.flaskspring;

import java.util.Map;

/** Fills in values before a URL is built; Flask's {@code url_defaults} callable. */
@FunctionalInterface
public interface UrlDefaults {
    /** May add entries to {@code values} (mutable) before {@code endpoint}'s URL is built. */
    void apply(String endpoint, Map<String, Object> values) throws Exception;
}
