package org.lotteryengine.platform.config;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Draw histories imported at start, so that a new installation (dev mode) has real data to analyse. Files that are
 * absent are skipped with a log line; draws already stored are left alone (imports are idempotent).
 */
@ConfigMapping(prefix = "lottery.seed")
public interface SeedConfig {

    /** Whether to import at start. On in dev mode, off otherwise. */
    @WithDefault("false")
    boolean enabled();

    /** The folder of the files ({@code lottery.data.dir}, ../shared/data by default). */
    @WithDefault("${lottery.data.dir:../shared/data}")
    String dataDir();

    /** CSV file per lottery id, e.g. {@code tx-cash-five-5-35=tx-cash-five-5of35-draws.csv}. */
    Map<String, String> files();
}
