package org.medvigil.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDatabaseTest {

    @Test
    void resetDeletesOnlyTheDemoDatabaseFiles(@TempDir Path dir) throws IOException {
        Path demo = dir.resolve("data").resolve("demo");
        Files.createDirectories(demo);
        Files.writeString(demo.resolve("medvigil.mv.db"), "old");
        Files.writeString(demo.resolve("medvigil.trace.db"), "old");
        Files.writeString(demo.resolve("notes.txt"), "keep");
        DemoDatabase.reset(demo);
        assertThat(demo.resolve("medvigil.mv.db")).doesNotExist();
        assertThat(demo.resolve("medvigil.trace.db")).doesNotExist();
        assertThat(demo.resolve("notes.txt")).hasContent("keep");
    }

    @Test
    void resetCreatesTheFolderWhenMissing(@TempDir Path dir) {
        DemoDatabase.reset(dir.resolve("fresh"));
        assertThat(dir.resolve("fresh")).isDirectory();
    }

    @Test
    void theUrlIsExplicitlyRelativeAsH2Requires() {
        assertThat(DemoDatabase.url(DemoDatabase.DIRECTORY)).isEqualTo("jdbc:h2:file:./data/demo/medvigil;AUTO_SERVER=TRUE");
    }
}
