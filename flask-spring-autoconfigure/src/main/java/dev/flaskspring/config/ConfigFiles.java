package dev.flaskspring.config;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.toml.TomlMapper;

/** The file formats and error messages of {@link Config}'s loaders. */
final class ConfigFiles {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TomlMapper TOML = TomlMapper.builder().build();
    static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private ConfigFiles() {
    }

    /** {@code text} parsed as JSON when it parses ({@code 1}, {@code true}, {@code [1]}), else the text itself. */
    static Object jsonOrText(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (JacksonException e) {
            return text;
        }
    }

    /** Flask's wording: {@code Unable to load configuration file (No such file or directory): '/path'}. */
    static UncheckedIOException unreadable(Path path, IOException cause) {
        String reason = cause instanceof NoSuchFileException || cause instanceof FileNotFoundException
                ? "No such file or directory" : cause.getMessage();
        return new UncheckedIOException("Unable to load configuration file (" + reason + "): '"
                + path.toAbsolutePath() + "'", cause);
    }

    /** A parse error naming the file and, when known, the line and column. */
    static IllegalArgumentException unparsable(Path path, RuntimeException cause) {
        String where = "";
        if (cause instanceof JacksonException j && j.getLocation() != null) {
            TokenStreamLocation loc = j.getLocation();
            where = " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        }
        String detail = cause instanceof JacksonException j ? j.getOriginalMessage() : cause.getMessage();
        return new IllegalArgumentException("Could not parse configuration file '" + path.toAbsolutePath() + "'"
                + where + ": " + detail, cause);
    }
}
