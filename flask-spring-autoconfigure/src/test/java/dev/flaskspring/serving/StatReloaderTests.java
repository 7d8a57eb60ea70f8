package dev.flaskspring.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the reloader counts as a change, as Werkzeug's stat reloader counts it. */
class StatReloaderTests {

    @TempDir
    Path folder;

    private static void touchLater(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
    }

    @Test
    void aLaterModificationTimeOfAWatchedFileIsAChangeSeenOnce() throws Exception {
        Path settings = Files.writeString(folder.resolve("settings.toml"), "a = 1");
        StatReloader reloader = StatReloader.watching(List.of(settings), List.of());
        assertThat(reloader.changedFile()).isNull();
        touchLater(settings);
        assertThat(reloader.changedFile()).isEqualTo(settings.toAbsolutePath());
        assertThat(reloader.changedFile()).isNull();
    }

    @Test
    void aNewFileInAWatchedFolderIsRememberedAndItsNextChangeCounts() throws Exception {
        StatReloader reloader = StatReloader.watching(List.of(folder), List.of());
        Path created = Files.writeString(folder.resolve("new.txt"), "x");
        assertThat(reloader.changedFile()).isNull();
        touchLater(created);
        assertThat(reloader.changedFile()).isEqualTo(created.toAbsolutePath());
    }

    @Test
    void aFileMatchingAnExcludePatternIsNotWatched() throws Exception {
        Path generated = Files.writeString(Files.createDirectories(folder.resolve("generated")).resolve("a.txt"), "x");
        StatReloader reloader = StatReloader.watching(List.of(folder), List.of("*/generated/*"));
        touchLater(generated);
        assertThat(reloader.changedFile()).isNull();
    }

    // Python's fnmatch.fnmatchcase, which Werkzeug's exclude_patterns use on full paths
    @ParameterizedTest
    @CsvSource({
        "*.py, /app/x.py, true",
        "*.py, /app/x.pyc, false",
        "/app/*, /app/a/b/c.txt, true",
        "?.txt, a.txt, true",
        "?.txt, ab.txt, false",
        "[ab].txt, b.txt, true",
        "[!ab].txt, b.txt, false",
        "[!ab].txt, c.txt, true",
        "[a-c].txt, b.txt, true",
        "a+b(1).txt, a+b(1).txt, true",
        "[.txt, [.txt, true",
    })
    void fnmatchAsPythons(String pattern, String path, boolean matches) {
        assertThat(StatReloader.fnmatch(pattern).matcher(path).matches()).isEqualTo(matches);
    }
}
