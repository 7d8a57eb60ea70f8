package dev.flaskspring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code app.config().fromObject(...)} with configuration classes of the application's own, not public. */
class AppConfigTests {

    // Flask: tests/test_config.py::test_config_from_class (through app.config, the classes local to the test)
    @Test
    void configFromClass() {
        class Base {
            public static final String TEST_KEY = "foo";
        }
        class Test extends Base {
            public static final String SECRET_KEY = "config";
        }

        Flask app = new Flask("config");
        app.config().fromObject(Test.class);
        assertThat(app.config().get("SECRET_KEY")).isEqualTo("config");
        assertThat(app.config().get("TEST_KEY")).isEqualTo("foo");
        assertThat(app.config()).doesNotContainKey("TestConfig");
    }

    static class PackagePrivateSettings {
        public static final int MAX_FORM_PARTS = 7;
        public final String DEBUG_NAME = "instance field";
        static final String NOT_PUBLIC = "skipped";
        public static final String lower = "skipped";
    }

    @Test
    void aPackagePrivateClassIsReadByNameOrClassAndAnInstanceAddsItsFields() {
        Flask app = new Flask("config");
        app.config().fromObject(PackagePrivateSettings.class.getName());
        assertThat(app.config().get("MAX_FORM_PARTS")).isEqualTo(7);
        assertThat(app.config()).doesNotContainKeys("NOT_PUBLIC", "lower", "DEBUG_NAME");
        app.config().fromObject(new PackagePrivateSettings());
        assertThat(app.config().get("DEBUG_NAME")).isEqualTo("instance field");
    }
}
