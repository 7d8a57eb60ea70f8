package dev.flaskspring.wtf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The sections of {@code vectors/csrf_vectors.json}, recorded from Flask-WTF 1.3.0 by its script beside it. */
final class CsrfVectors {

    private static final Map<String, Object> FILE = read();

    private CsrfVectors() {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read() {
        try (InputStream in = CsrfVectors.class.getResourceAsStream("/vectors/csrf_vectors.json")) {
            return JsonMapper.builder().build().readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Python app's {@code SECRET_KEY}. */
    static String pythonSecretKey() {
        return (String) FILE.get("python_secret_key");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> section(String name) {
        return (List<Map<String, Object>>) FILE.get(name);
    }
}
