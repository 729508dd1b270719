package org.lotteryengine.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/**
 * Keys that are valid one by one but contradict each other stop the service at start, with a message that names them
 * ({@link ConfigConsistencyCheck}).
 */
class InconsistentConfigFailsStartupTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class)
                    .addPackage(GenerationConfig.class.getPackage())
                    .addAsResource("application.properties"))
            .overrideConfigKey("quarkus.flyway.migrate-at-start", "false")
            // The test profile's default timeout is 5000 ms.
            .overrideConfigKey("lottery.generation.max-timeout-ms", "4000")
            .assertException(failure -> assertThat(InvalidConfigFailsStartupTest.stackText(failure))
                    .contains("Invalid lottery-engine configuration")
                    .contains(
                            "lottery.generation.default-timeout-ms (5000) must not exceed lottery.generation.max-timeout-ms (4000)"));

    @Test
    void startFails() {
        // The assertion is made on the start failure, in the extension above.
    }
}
