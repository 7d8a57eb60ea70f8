package dev.flaskspring.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.WerkzeugHttpVectors;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code safe_join}; ported from Werkzeug 3.1.8's {@code tests/test_security.py}, on POSIX and with
 * Windows' rules (Werkzeug's tests switch {@code os.name}; here the rules are chosen explicitly), and
 * every case of {@code vectors/werkzeug_http.json} recorded from Werkzeug on POSIX and as on Windows.
 * <p>The password tests of the file are {@code PasswordHashVectorTests}'. {@code test_safe_join_os_sep}
 * patches the alternative separator to {@code *}, which Java cannot: it is ported with Windows' real
 * alternative separator, {@code \}.
 */
class SafeJoinTests {

    // Werkzeug: tests/test_security.py::test_safe_join
    @ParameterizedTest
    @CsvSource(value = {"b/c,a/b/c,a/b/c", "../b/c,NULL,NULL", "b\\c,a/b\\c,NULL", "//b/c,NULL,NULL"}, nullValues = "NULL")
    void safeJoin(String path, String posix, String windows) {
        assertThat(SafeJoin.safeJoin(false, "a", path)).isEqualTo(posix);
        assertThat(SafeJoin.safeJoin(true, "a", path)).isEqualTo(windows);
    }

    // Werkzeug: tests/test_security.py::test_safe_join_os_sep
    @Test
    void safeJoinOsSep() {
        assertThat(SafeJoin.safeJoin(true, "foo", "bar/baz\\")).isNull();
    }

    // Werkzeug: tests/test_security.py::test_safe_join_empty_trusted
    @Test
    void safeJoinEmptyTrusted() {
        assertThat(SafeJoin.safeJoin("", "c:test.txt")).isEqualTo("./c:test.txt");
        assertThat(SafeJoin.safeJoin(true, "", "c:test.txt")).isEqualTo("./c:test.txt");
    }

    // Werkzeug: tests/test_security.py::test_safe_join_windows_special
    @ParameterizedTest
    @ValueSource(strings = {"CON", "CON.txt", "CON.txt.html", "CON  ", "CON . txt", "b/CON"})
    void safeJoinWindowsSpecial(String name) {
        assertThat(SafeJoin.safeJoin(true, "a", name)).isNull();
    }

    // Werkzeug: tests/test_security.py::test_safe_join_not_windows_special
    @Test
    void safeJoinNotWindowsSpecial() {
        assertThat(SafeJoin.safeJoin(false, "a", "CON")).isEqualTo("a/CON");
    }

    @Test
    void severalPartsAreEachChecked() {
        assertThat(SafeJoin.safeJoin("a", "b", "c/d")).isEqualTo("a/b/c/d");
        assertThat(SafeJoin.safeJoin("a", "b", "../c")).isNull();
        assertThat(SafeJoin.safeJoin("a", "", "b")).isEqualTo("a/b");
        assertThat(SafeJoin.safeJoin("a")).isEqualTo("a");
    }

    static Stream<Map<String, Object>> vectors() {
        return WerkzeugHttpVectors.cases("safe_join").stream();
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("vectors")
    @SuppressWarnings("unchecked")
    void safeJoinIsWerkzeugs(Map<String, Object> c) {
        String directory = (String) c.get("directory");
        String[] parts = ((List<String>) c.get("parts")).toArray(String[]::new);
        assertThat(SafeJoin.safeJoin(false, directory, parts)).as("posix").isEqualTo(c.get("posix"));
        assertThat(SafeJoin.safeJoin(true, directory, parts)).as("nt").isEqualTo(c.get("nt"));
    }
}
