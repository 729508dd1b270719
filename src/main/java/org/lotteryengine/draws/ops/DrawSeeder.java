package org.lotteryengine.draws.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lotteryengine.draws.service.DrawImport;
import org.lotteryengine.draws.service.DrawService;
import org.lotteryengine.platform.config.SeedConfig;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Imports the configured draw histories at start ({@code lottery.seed.enabled}, on in dev mode), so that a new
 * installation analyses real data at once. Imports are idempotent, so a restart stores nothing twice; a missing file
 * or a failed import is logged and never stops the service.
 */
@ApplicationScoped
public class DrawSeeder {

    private static final Logger LOG = Logger.getLogger(DrawSeeder.class);

    private final SeedConfig config;
    private final DrawService draws;

    DrawSeeder(SeedConfig config, DrawService draws) {
        this.config = config;
        this.draws = draws;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        for (Map.Entry<String, String> entry : config.files()
                .entrySet()) {
            Path file = Path.of(config.dataDir(), entry.getValue());
            if (!Files.isRegularFile(file)) {
                LOG.infof("No seed draws for %s: %s is absent", entry.getKey(), file.toAbsolutePath());
                continue;
            }
            try {
                String csv = Files.readString(file);
                // Startup runs on the main thread: the reactive import runs on a Vert.x context and is awaited here.
                DrawImport result = VertxContextSupport.subscribeAndAwait(() -> draws.importCsv(entry.getKey(),
                        csv, false));
                LOG.infof("Seeded %s from %s: %d new, %d already stored, %d rejected", entry.getKey(), file,
                        result.stored(), result.alreadyStored(), result.rejected()
                                .size());
            } catch (IOException e) {
                LOG.warnf("Seed file %s unreadable: %s", file, e.getMessage());
            } catch (Throwable e) {
                LOG.errorf(e, "Seeding %s from %s failed", entry.getKey(), file);
            }
        }
    }
}
