package dev.flaskspring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The cases of {@code vectors/werkzeug_http.json}, recorded from Werkzeug 3.1.8 by {@code src/test/python/record_werkzeug_http.py}. */
public final class WerkzeugHttpVectors {

    private static Map<String, Object> file;

    private WerkzeugHttpVectors() {
    }

    /** The cases of one section ({@code "accept"}, {@code "dates"} ...). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> cases(String section) {
        return (List<Map<String, Object>>) load().get(section);
    }

    /** One section that is an object ({@code "static"}). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String section) {
        return (Map<String, Object>) load().get(section);
    }

    @SuppressWarnings("unchecked")
    private static synchronized Map<String, Object> load() {
        if (file == null) {
            try (InputStream in = WerkzeugHttpVectors.class.getResourceAsStream("/vectors/werkzeug_http.json")) {
                file = JsonMapper.builder().build().readValue(in, Map.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }
}
