package org.lotteryengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine is plain Java: no Quarkus, Mutiny, Jakarta, Vert.x or service-layer import anywhere under
 * {@code org.lotteryengine.engine}, so it can be reasoned about, tested and benchmarked on its own.
 */
class EngineIsPureJavaTest {

    private static final List<String> FORBIDDEN = List.of("import io.quarkus", "import io.smallrye", "import jakarta.",
            "import javax.", "import io.vertx", "import org.lotteryengine.rest", "import org.lotteryengine.service",
            "import org.lotteryengine.repository", "import org.lotteryengine.config");

    @Test
    void engineSourcesImportNoFrameworkOrServiceLayer() throws IOException {
        Path engine = Path.of("src/main/java/org/lotteryengine/engine");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(engine)) {
            sources = files.filter(path -> path.toString()
                    .endsWith(".java"))
                    .toList();
        }
        assertThat(sources).hasSizeGreaterThan(10);
        for (Path source : sources) {
            String text = Files.readString(source);
            for (String forbidden : FORBIDDEN) {
                assertThat(text).as("%s must not contain '%s'", source, forbidden)
                        .doesNotContain(forbidden);
            }
        }
    }
}
