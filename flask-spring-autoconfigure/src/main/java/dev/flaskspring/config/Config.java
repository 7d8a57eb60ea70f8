package dev.flaskspring.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The application's configuration, a dict-like map of upper-case keys; Flask's {@code Config}.
 * <p>A new instance holds every key of Flask's {@code default_config} with Flask's defaults;
 * durations are {@link Duration}s and Python's {@code None} is {@code null}.
 */
public class Config extends LinkedHashMap<String, Object> {

    private final Path rootPath;

    /** Creates a config whose relative file names resolve against {@code rootPath}, pre-filled with {@link #defaults()}. */
    public Config(Path rootPath) {
        this(rootPath, defaults());
    }

    /** Creates a config whose relative file names resolve against {@code rootPath}, pre-filled with {@code defaults}. */
    public Config(Path rootPath, Map<String, ?> defaults) {
        this.rootPath = rootPath;
        if (defaults != null) {
            putAll(defaults);
        }
    }

    /** The folder relative file names are resolved against; Flask's {@code root_path}. */
    public Path rootPath() {
        return rootPath;
    }

    /** Flask 3.1's {@code Flask.default_config}, in Flask's order. */
    public static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("DEBUG", null);
        d.put("TESTING", false);
        d.put("PROPAGATE_EXCEPTIONS", null);
        d.put("SECRET_KEY", null);
        d.put("SECRET_KEY_FALLBACKS", null);
        d.put("PERMANENT_SESSION_LIFETIME", Duration.ofDays(31));
        d.put("USE_X_SENDFILE", false);
        d.put("TRUSTED_HOSTS", null);
        d.put("SERVER_NAME", null);
        d.put("APPLICATION_ROOT", "/");
        d.put("SESSION_COOKIE_NAME", "session");
        d.put("SESSION_COOKIE_DOMAIN", null);
        d.put("SESSION_COOKIE_PATH", null);
        d.put("SESSION_COOKIE_HTTPONLY", true);
        d.put("SESSION_COOKIE_SECURE", false);
        d.put("SESSION_COOKIE_PARTITIONED", false);
        d.put("SESSION_COOKIE_SAMESITE", null);
        d.put("SESSION_REFRESH_EACH_REQUEST", true);
        d.put("MAX_CONTENT_LENGTH", null);
        d.put("MAX_FORM_MEMORY_SIZE", 500_000);
        d.put("MAX_FORM_PARTS", 1_000);
        d.put("SEND_FILE_MAX_AGE_DEFAULT", null);
        d.put("TRAP_BAD_REQUEST_ERRORS", null);
        d.put("TRAP_HTTP_EXCEPTIONS", false);
        d.put("EXPLAIN_TEMPLATE_LOADING", false);
        d.put("PREFERRED_URL_SCHEME", "http");
        d.put("TEMPLATES_AUTO_RELOAD", null);
        d.put("MAX_COOKIE_SIZE", 4093);
        d.put("PROVIDE_AUTOMATIC_OPTIONS", true);
        return d;
    }

    /**
     * Reads a configuration file into a map of keys to values; Flask's {@code load} argument of
     * {@code from_file}. {@link #JSON} and {@link #TOML} are provided.
     */
    @FunctionalInterface
    public interface Loader {

        /** JSON, read with Jackson. */
        Loader JSON = reader -> ConfigFiles.JSON.readValue(reader, ConfigFiles.MAP);

        /** TOML, read with Jackson's TOML format. */
        Loader TOML = reader -> ConfigFiles.TOML.readValue(reader, ConfigFiles.MAP);

        /** The keys and values of the file. */
        Map<String, Object> load(Reader reader) throws IOException;
    }

    /** Copies the UPPERCASE keys of {@code mapping}; Flask's {@code from_mapping}. Always true. */
    public boolean fromMapping(Map<String, ?> mapping) {
        mapping.forEach((key, value) -> {
            if (isUpper(key)) {
                put(key, value);
            }
        });
        return true;
    }

    /**
     * Copies the UPPERCASE public fields of a class (its static constants, inherited ones included), of
     * an object (its fields too), or of the class a string names, whether the class is public or not;
     * Flask's {@code from_object}.
     */
    public void fromObject(Object source) {
        Object target = source;
        if (source instanceof String className) {
            try {
                target = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("Cannot import '" + className + "' for configuration.", e);
            }
        }
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        Object instance = target instanceof Class<?> ? null : target;
        for (Field field : type.getFields()) {
            boolean isStatic = Modifier.isStatic(field.getModifiers());
            if (!isUpper(field.getName()) || (!isStatic && instance == null)) {
                continue;
            }
            try {
                // A public field of a class that is not public (Python has no such distinction) is read too.
                field.trySetAccessible();
                put(field.getName(), field.get(isStatic ? null : instance));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + field, e);
            }
        }
    }

    /** {@link #fromFile(String, Loader, boolean)} failing when the file is missing. */
    public boolean fromFile(String file, Loader loader) {
        return fromFile(file, loader, false);
    }

    /**
     * Loads a data file ({@code JSON}, {@code TOML} ...) relative to the root path and copies its
     * UPPERCASE keys; Flask's {@code from_file}. A missing file returns false when {@code silent}.
     *
     * @throws UncheckedIOException naming the path when the file cannot be read
     * @throws IllegalArgumentException naming the file and position when it does not parse
     */
    public boolean fromFile(String file, Loader loader, boolean silent) {
        Path path = rootPath.resolve(file);
        Map<String, Object> values;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            values = loader.load(reader);
        } catch (IOException e) {
            if (silent && (Files.notExists(path) || Files.isDirectory(path))) {
                return false;
            }
            throw ConfigFiles.unreadable(path, e);
        } catch (RuntimeException e) {
            throw ConfigFiles.unparsable(path, e);
        }
        return fromMapping(values == null ? Map.of() : values);
    }

    /**
     * Loads a Java properties file relative to the root path: UPPERCASE keys, each value parsed as JSON
     * when it parses ({@code 42}, {@code true}, {@code ["a"]}) and kept as text otherwise. Java's
     * counterpart of Flask's {@code from_pyfile}.
     */
    public boolean fromPropertiesFile(String file, boolean silent) {
        Path path = rootPath.resolve(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            if (silent && (Files.notExists(path) || Files.isDirectory(path))) {
                return false;
            }
            throw ConfigFiles.unreadable(path, e);
        } catch (IllegalArgumentException e) {
            throw ConfigFiles.unparsable(path, e);
        }
        for (String key : properties.stringPropertyNames()) {
            if (isUpper(key)) {
                put(key, ConfigFiles.jsonOrText(properties.getProperty(key)));
            }
        }
        return true;
    }

    /** {@link #fromEnvvar(String, boolean, Map)} with the process environment. */
    public boolean fromEnvvar(String variable, boolean silent) {
        return fromEnvvar(variable, silent, System.getenv());
    }

    /**
     * Loads the properties file that environment variable {@code variable} names; Flask's {@code from_envvar}.
     *
     * @throws IllegalStateException when the variable is not set and not {@code silent}
     */
    public boolean fromEnvvar(String variable, boolean silent, Map<String, String> environment) {
        String file = environment.get(variable);
        if (file == null || file.isEmpty()) {
            if (silent) {
                return false;
            }
            throw new IllegalStateException("The environment variable '" + variable + "' is not set and as such"
                    + " configuration could not be loaded. Set this variable and make it point to a configuration file");
        }
        return fromPropertiesFile(file, silent);
    }

    /** {@link #fromPrefixedEnv(String, Map)} with {@code FLASK} and the process environment. */
    public boolean fromPrefixedEnv() {
        return fromPrefixedEnv("FLASK", System.getenv());
    }

    /** {@link #fromPrefixedEnv(String, Map)} with the process environment. */
    public boolean fromPrefixedEnv(String prefix) {
        return fromPrefixedEnv(prefix, System.getenv());
    }

    /**
     * Loads {@code PREFIX_*} variables in sorted order, dropping the prefix, each value parsed as JSON
     * when it parses; {@code __} in a name sets a key inside a nested map, created as needed; Flask's
     * {@code from_prefixed_env}.
     */
    @SuppressWarnings("unchecked")
    public boolean fromPrefixedEnv(String prefix, Map<String, String> environment) {
        String start = prefix + "_";
        for (String name : new TreeSet<>(environment.keySet())) {
            if (!name.startsWith(start)) {
                continue;
            }
            Object value = ConfigFiles.jsonOrText(environment.get(name));
            String key = name.substring(start.length());
            if (!key.contains("__")) {
                put(key, value);
                continue;
            }
            String[] parts = key.split("__", -1);
            Map<String, Object> current = this;
            for (int i = 0; i < parts.length - 1; i++) {
                Object next = current.get(parts[i]);
                if (!(next instanceof Map<?, ?>)) {
                    next = new LinkedHashMap<String, Object>();
                    current.put(parts[i], next);
                }
                current = (Map<String, Object>) next;
            }
            current.put(parts[parts.length - 1], value);
        }
        return true;
    }

    /**
     * The entries whose keys start with {@code namespace}, keys optionally lower-cased and trimmed of the
     * namespace; Flask's {@code get_namespace}.
     */
    public Map<String, Object> getNamespace(String namespace, boolean lowercase, boolean trimNamespace) {
        Map<String, Object> out = new LinkedHashMap<>();
        forEach((key, value) -> {
            if (key.startsWith(namespace)) {
                String k = trimNamespace ? key.substring(namespace.length()) : key;
                out.put(lowercase ? k.toLowerCase(Locale.ROOT) : k, value);
            }
        });
        return out;
    }

    /** {@link #getNamespace(String, boolean, boolean)} lower-cased and trimmed. */
    public Map<String, Object> getNamespace(String namespace) {
        return getNamespace(namespace, true, true);
    }

    /** The value of {@code key} as text, or null. */
    public String getString(String key) {
        Object v = get(key);
        return v == null ? null : v.toString();
    }

    /** The value of {@code key} as an int (numbers and numeric text), or {@code defaultValue} when unset. */
    public int getInt(String key, int defaultValue) {
        Object v = get(key);
        if (v == null) {
            return defaultValue;
        }
        return v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString().trim());
    }

    /** The value of {@code key} as a long, or {@code defaultValue} when unset. */
    public long getLong(String key, long defaultValue) {
        Object v = get(key);
        if (v == null) {
            return defaultValue;
        }
        return v instanceof Number n ? n.longValue() : Long.parseLong(v.toString().trim());
    }

    /** The value of {@code key} as a duration: a {@link Duration}, or a number of seconds; null when unset. */
    public Duration getDuration(String key) {
        Object v = get(key);
        if (v == null || v instanceof Duration) {
            return (Duration) v;
        }
        if (v instanceof Number n) {
            return Duration.ofMillis(Math.round(n.doubleValue() * 1000));
        }
        return Duration.ofSeconds(Long.parseLong(v.toString().trim()));
    }

    /** The value of {@code key} as a list: a collection's items, or one item; empty when unset. */
    public List<Object> getList(String key) {
        Object v = get(key);
        if (v == null) {
            return List.of();
        }
        return v instanceof Collection<?> c ? List.copyOf(c) : List.of(v);
    }

    private static boolean isUpper(String key) {
        return !key.isEmpty() && key.equals(key.toUpperCase(Locale.ROOT)) && !key.equals(key.toLowerCase(Locale.ROOT));
    }

    /** The value of {@code key} read as a boolean: {@code null} and missing are false, strings as "true"/"1". */
    public boolean getBoolean(String key) {
        Object v = get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.intValue() != 0;
        }
        if (v instanceof String s) {
            return s.equalsIgnoreCase("true") || s.equals("1");
        }
        return false;
    }

    /** Like Flask's repr, with the secret keys masked so they never reach a log or page. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<Config {");
        boolean first = true;
        for (Map.Entry<String, Object> e : entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            boolean secret = e.getKey().equals("SECRET_KEY") || e.getKey().equals("SECRET_KEY_FALLBACKS");
            sb.append('\'').append(e.getKey()).append("': ").append(secret && e.getValue() != null ? "'***'" : e.getValue());
        }
        return sb.append("}>").toString();
    }
}
