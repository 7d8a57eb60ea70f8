package dev.flaskspring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code secure_filename}; ported from Werkzeug 3.1.8's {@code tests/test_utils.py::test_secure_filename},
 * with its Windows rules (device names get a leading {@code _}, {@code \} is a separator) and every case
 * of {@code vectors/werkzeug_http.json} recorded from Werkzeug on POSIX and as on Windows.
 * <p>The file's other tests cover helpers this change does not add ({@code redirect},
 * {@code cached_property}, {@code import_string} ...).
 */
class UtilsTests {

    // Werkzeug: tests/test_utils.py::test_secure_filename
    @Test
    void secureFilename() {
        assertThat(Utils.secureFilename("My cool movie.mov")).isEqualTo("My_cool_movie.mov");
        assertThat(Utils.secureFilename("../../../etc/passwd")).isEqualTo("etc_passwd");
        assertThat(Utils.secureFilename("i contain cool \u00fcml\u00e4uts.txt")).isEqualTo("i_contain_cool_umlauts.txt");
        assertThat(Utils.secureFilename("__filename__")).isEqualTo("filename");
        assertThat(Utils.secureFilename("foo$&^*)bar")).isEqualTo("foobar");
    }

    @ParameterizedTest
    @CsvSource({"CON,_CON", "con.txt,_con.txt", "NUL,_NUL", "aux.tar.gz,_aux.tar.gz", "COM1,_COM1", "LPT9,_LPT9",
        "CONIN$,CONIN", "CONSOLE.txt,CONSOLE.txt", "a\\b\\c.txt,a_b_c.txt", "C:\\Windows\\x.ini,C_Windows_x.ini"})
    void onWindowsDeviceNamesGetAnUnderscoreAndBackslashesSeparate(String name, String expect) {
        assertThat(Utils.secureFilename(name, true)).isEqualTo(expect);
    }

    @ParameterizedTest
    @CsvSource({"CON,CON", "con.txt,con.txt", "a\\b\\c.txt,abc.txt"})
    void onPosixDeviceNamesStayAndBackslashesGo(String name, String expect) {
        assertThat(Utils.secureFilename(name, false)).isEqualTo(expect);
    }

    static Stream<Map<String, Object>> vectors() {
        return WerkzeugHttpVectors.cases("secure_filename").stream();
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("vectors")
    void secureFilenameIsWerkzeugs(Map<String, Object> c) {
        String value = (String) c.get("value");
        assertThat(Utils.secureFilename(value, false)).as("posix").isEqualTo(c.get("posix"));
        assertThat(Utils.secureFilename(value, true)).as("nt").isEqualTo(c.get("nt"));
    }
}
