package dev.flaskspring.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading {@code .env} files as python-dotenv does. */
class DotEnvFileTests {

    private static DotEnvFile.Result parse(String text) {
        return DotEnvFile.parse(text, ".env", Map.of("HOME", "/home/me")::get);
    }

    @Test
    void plainQuotedAndExportedValues() {
        var r = parse("# comment\nFLASK_APP=flaskr\nexport FLASK_DEBUG=1\nSINGLE='a ${HOME} b'\n"
                + "DOUBLE=\"line1\\nline2\"\nINLINE=value # comment\nEMPTY=\n");
        assertThat(r.values()).containsExactly(Map.entry("FLASK_APP", "flaskr"), Map.entry("FLASK_DEBUG", "1"),
                Map.entry("SINGLE", "a ${HOME} b"), Map.entry("DOUBLE", "line1\nline2"), Map.entry("INLINE", "value"),
                Map.entry("EMPTY", ""));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void expansionUsesTheEnvironmentThenEarlierLinesThenDefaults() {
        var r = parse("BASE=/srv\nDATA=${BASE}/data\nCONF=${HOME}/.conf\nMISSING=${NOPE:-fallback}\n");
        assertThat(r.values().get("DATA")).isEqualTo("/srv/data");
        assertThat(r.values().get("CONF")).isEqualTo("/home/me/.conf");
        assertThat(r.values().get("MISSING")).isEqualTo("fallback");
    }

    @Test
    void multiLineDoubleQuotedValues() {
        var r = parse("KEY=\"first\nsecond\"\nNEXT=1\n");
        assertThat(r.values()).containsEntry("KEY", "first\nsecond").containsEntry("NEXT", "1");
    }

    @Test
    void malformedLinesAreReportedWithFileAndLine() {
        var r = parse("GOOD=1\n=nokey\nBAD 'x'\nUNCLOSED=\"abc\nAFTER=2\n");
        assertThat(r.values()).containsEntry("GOOD", "1");
        assertThat(r.problems()).anyMatch(p -> p.startsWith(".env:2:")).anyMatch(p -> p.startsWith(".env:3:"))
                .anyMatch(p -> p.startsWith(".env:4:"));
    }
}
