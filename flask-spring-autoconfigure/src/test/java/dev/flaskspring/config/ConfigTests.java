package dev.flaskspring.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.AppOptions;
import dev.flaskspring.Flask;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The configuration object; ported from Flask's {@code tests/test_config.py} and
 * {@code tests/test_instance_config.py}. A Java {@code .properties} file plays Flask's Python config
 * file ({@code from_pyfile}); {@code test_from_pyfile_weird_encoding} and the module-layout cases of
 * {@code test_instance_config.py} (installed packages, site-packages) have no Java counterpart.
 */
class ConfigTests {

    /** The fields a config object test reads; Flask's module-level {@code TEST_KEY}/{@code SECRET_KEY}. */
    public static final String TEST_KEY = "foo";
    public static final String SECRET_KEY = "config";

    static Path resources() throws Exception {
        return Path.of(ConfigTests.class.getResource("/config").toURI());
    }

    private static void commonObjectTest(Config config) {
        assertThat(config.get("SECRET_KEY")).isEqualTo("config");
        assertThat(config.get("TEST_KEY")).isEqualTo("foo");
        assertThat(config).doesNotContainKey("TestConfig");
    }

    // Flask: tests/test_config.py::test_config_from_pyfile
    @Test
    void configFromPyfile() throws Exception {
        Config config = new Config(resources());
        assertThat(config.fromPropertiesFile("config.properties", false)).isTrue();
        commonObjectTest(config);
        assertThat(config).doesNotContainKey("lower_ignored");
    }

    // Flask: tests/test_config.py::test_config_from_object
    @Test
    void configFromObject() {
        Config config = new Config(Path.of("."));
        config.fromObject(ConfigTests.class.getName());
        commonObjectTest(config);
    }

    // Flask: tests/test_config.py::test_config_from_file_json
    @Test
    void configFromFileJson() throws Exception {
        Config config = new Config(Path.of("."));
        config.fromFile(resources().resolve("config.json").toString(), Config.Loader.JSON);
        commonObjectTest(config);
    }

    // Flask: tests/test_config.py::test_config_from_file_toml
    @Test
    void configFromFileToml() throws Exception {
        Config config = new Config(resources());
        config.fromFile("config.toml", Config.Loader.TOML);
        commonObjectTest(config);
    }

    // Flask: tests/test_config.py::test_from_prefixed_env
    @Test
    void fromPrefixedEnv() {
        Config config = new Config(Path.of("."));
        config.fromPrefixedEnv("FLASK", Map.of("FLASK_STRING", "value", "FLASK_BOOL", "true", "FLASK_INT", "1",
                "FLASK_FLOAT", "1.2", "FLASK_LIST", "[1, 2]", "FLASK_DICT", "{\"k\": \"v\"}", "NOT_FLASK_OTHER", "other"));
        assertThat(config.get("STRING")).isEqualTo("value");
        assertThat(config.get("BOOL")).isEqualTo(true);
        assertThat(config.get("INT")).isEqualTo(1);
        assertThat(config.get("FLOAT")).isEqualTo(1.2);
        assertThat(config.get("LIST")).isEqualTo(List.of(1, 2));
        assertThat(config.get("DICT")).isEqualTo(Map.of("k", "v"));
        assertThat(config).doesNotContainKey("OTHER");
    }

    // Flask: tests/test_config.py::test_from_prefixed_env_custom_prefix
    @Test
    void fromPrefixedEnvCustomPrefix() {
        Config config = new Config(Path.of("."));
        config.fromPrefixedEnv("NOT_FLASK", Map.of("FLASK_A", "a", "NOT_FLASK_A", "b"));
        assertThat(config.get("A")).isEqualTo("b");
    }

    // Flask: tests/test_config.py::test_from_prefixed_env_nested
    @Test
    void fromPrefixedEnvNested() {
        Config config = new Config(Path.of("."));
        config.put("EXIST", new java.util.LinkedHashMap<>(Map.of("ok", "value", "flag", true,
                "inner", new java.util.LinkedHashMap<>(Map.of("ik", 1)))));
        config.fromPrefixedEnv("FLASK", Map.of("FLASK_EXIST__ok", "other", "FLASK_EXIST__inner__ik", "2",
                "FLASK_EXIST__new__more", "{\"k\": false}", "FLASK_NEW__K", "v"));
        assertThat(config.get("EXIST")).isEqualTo(Map.of("ok", "other", "flag", true, "inner", Map.of("ik", 2),
                "new", Map.of("more", Map.of("k", false))));
        assertThat(config.get("NEW")).isEqualTo(Map.of("K", "v"));
    }

    // Flask: tests/test_config.py::test_config_from_mapping
    @Test
    void configFromMapping() {
        Config config = new Config(Path.of("."));
        config.fromMapping(Map.of("SECRET_KEY", "config", "TEST_KEY", "foo", "skip_key", "skip"));
        commonObjectTest(config);
        assertThat(config).doesNotContainKey("skip_key");
    }

    static class Base {
        public static final String TEST_KEY = "foo";
    }

    static class Test2 extends Base {
        public static final String SECRET_KEY = "config";
    }

    // Flask: tests/test_config.py::test_config_from_class
    @Test
    void configFromClass() {
        Config config = new Config(Path.of("."));
        config.fromObject(Test2.class);
        commonObjectTest(config);
    }

    // Flask: tests/test_config.py::test_config_from_envvar
    @Test
    void configFromEnvvar() throws Exception {
        Config config = new Config(Path.of("."));
        assertThatThrownBy(() -> config.fromEnvvar("FOO_SETTINGS", false, Map.of()))
                .hasMessageContaining("'FOO_SETTINGS' is not set");
        assertThat(config.fromEnvvar("FOO_SETTINGS", true, Map.of())).isFalse();
        assertThat(config.fromEnvvar("FOO_SETTINGS", false,
                Map.of("FOO_SETTINGS", resources().resolve("config.properties").toString()))).isTrue();
        commonObjectTest(config);
    }

    // Flask: tests/test_config.py::test_config_from_envvar_missing
    @Test
    void configFromEnvvarMissing() {
        Config config = new Config(Path.of("."));
        assertThatThrownBy(() -> config.fromEnvvar("FOO_SETTINGS", false, Map.of("FOO_SETTINGS", "missing.cfg")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Unable to load configuration file (No such file or directory):")
                .hasMessageEndingWith("missing.cfg'");
        assertThat(config.fromEnvvar("FOO_SETTINGS", true, Map.of("FOO_SETTINGS", "missing.cfg"))).isFalse();
    }

    // Flask: tests/test_config.py::test_config_missing
    @Test
    void configMissing() {
        Config config = new Config(Path.of("."));
        assertThatThrownBy(() -> config.fromPropertiesFile("missing.cfg", false))
                .hasMessageStartingWith("Unable to load configuration file (No such file or directory):")
                .hasMessageEndingWith("missing.cfg'");
        assertThat(config.fromPropertiesFile("missing.cfg", true)).isFalse();
    }

    // Flask: tests/test_config.py::test_config_missing_file
    @Test
    void configMissingFile() {
        Config config = new Config(Path.of("."));
        assertThatThrownBy(() -> config.fromFile("missing.json", Config.Loader.JSON))
                .hasMessageStartingWith("Unable to load configuration file (No such file or directory):")
                .hasMessageEndingWith("missing.json'");
        assertThat(config.fromFile("missing.json", Config.Loader.JSON, true)).isFalse();
    }

    @Test
    void unparsableFileNamesTheFileAndPosition() throws Exception {
        Config config = new Config(resources());
        assertThatThrownBy(() -> config.fromFile("broken.json", Config.Loader.JSON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken.json")
                .hasMessageContaining("line 3");
    }

    // Flask: tests/test_config.py::test_session_lifetime
    @Test
    void sessionLifetime() {
        Config config = new Config(Path.of("."));
        config.put("PERMANENT_SESSION_LIFETIME", 42);
        assertThat(config.getDuration("PERMANENT_SESSION_LIFETIME")).isEqualTo(Duration.ofSeconds(42));
    }

    // Flask: tests/test_config.py::test_get_namespace
    @Test
    void getNamespace() {
        Config config = new Config(Path.of("."));
        config.put("FOO_OPTION_1", "foo option 1");
        config.put("FOO_OPTION_2", "foo option 2");
        config.put("BAR_STUFF_1", "bar stuff 1");
        config.put("BAR_STUFF_2", "bar stuff 2");
        assertThat(config.getNamespace("FOO_")).isEqualTo(Map.of("option_1", "foo option 1", "option_2", "foo option 2"));
        assertThat(config.getNamespace("BAR_", false, true)).isEqualTo(Map.of("STUFF_1", "bar stuff 1", "STUFF_2", "bar stuff 2"));
        assertThat(config.getNamespace("FOO_", true, false))
                .isEqualTo(Map.of("foo_option_1", "foo option 1", "foo_option_2", "foo option 2"));
        assertThat(config.getNamespace("BAR_", false, false))
                .isEqualTo(Map.of("BAR_STUFF_1", "bar stuff 1", "BAR_STUFF_2", "bar stuff 2"));
    }

    @Test
    void defaultsAreFlasks() {
        Config config = new Config(Path.of("."));
        assertThat(config).containsKeys("DEBUG", "TESTING", "SECRET_KEY", "SESSION_COOKIE_NAME", "MAX_FORM_PARTS",
                "PROVIDE_AUTOMATIC_OPTIONS");
        assertThat(config.get("PERMANENT_SESSION_LIFETIME")).isEqualTo(Duration.ofDays(31));
        assertThat(config.get("MAX_FORM_MEMORY_SIZE")).isEqualTo(500_000);
        assertThat(config.get("APPLICATION_ROOT")).isEqualTo("/");
    }

    @Test
    void toStringNeverShowsTheSecretKey() {
        Config config = new Config(Path.of("."));
        config.put("SECRET_KEY", "hunter2");
        config.put("SECRET_KEY_FALLBACKS", List.of("older"));
        assertThat(config.toString()).doesNotContain("hunter2").doesNotContain("older").contains("'SECRET_KEY': '***'");
    }

    // Flask: tests/test_instance_config.py::test_explicit_instance_paths
    @Test
    void explicitInstancePaths() {
        assertThatThrownBy(() -> new Flask("x", AppOptions.builder().instancePath("instance").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be absolute");
        Path abs = Path.of("/tmp/flask-instance").toAbsolutePath();
        assertThat(new Flask("x", AppOptions.builder().instancePath(abs.toString()).build()).instancePath()).isEqualTo(abs);
    }

    // Flask: tests/test_instance_config.py::test_uninstalled_module_paths (the instance folder beside the root)
    @Test
    void uninstalledModulePaths() throws Exception {
        Flask app = new Flask("x", AppOptions.builder().rootPath(resources().toString()).build());
        assertThat(app.instancePath()).isEqualTo(resources().resolve("instance"));
    }

    @Test
    void instanceRelativeConfigReadsFromTheInstanceFolder() throws Exception {
        Flask app = new Flask("x", AppOptions.builder().instancePath(resources().toString())
                .instanceRelativeConfig(true).build());
        assertThat(app.config().fromPropertiesFile("config.properties", false)).isTrue();
        commonObjectTest(app.config());
    }
}
