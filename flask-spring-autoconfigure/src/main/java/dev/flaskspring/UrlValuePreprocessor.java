package dev.flaskspring;

import java.util.Map;

/** Changes the matched URL values before the view sees them; Flask's {@code url_value_preprocessor} callable. */
@FunctionalInterface
public interface UrlValuePreprocessor {
    /** May read and remove entries of {@code values} (null when routing failed) for {@code endpoint}. */
    void apply(String endpoint, Map<String, Object> values) throws Exception;
}
