package org.lotteryengine.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/**
 * A single key out of its range stops the service at start, with a message that names the key (bean validation of
 * the {@code @ConfigMapping}).
 */
class InvalidConfigFailsStartupTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class)
                    .addPackage(GenerationConfig.class.getPackage())
                    .addAsResource("application.properties"))
            .overrideConfigKey("quarkus.flyway.migrate-at-start", "false")
            .overrideConfigKey("lottery.stopping-criteria.tier4.pattern-grouping.hot-coverage-minimum", "1.5")
            .assertException(failure -> assertThat(stackText(failure))
                    .contains("lottery.stopping-criteria.tier4.pattern-grouping.hot-coverage-minimum")
                    .contains("must be less than or equal to 1"));

    @Test
    void startFails() {
        // The assertion is made on the start failure, in the extension above.
    }

    static String stackText(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }
}
