package org.lotteryengine.platform.health;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The health checks of {@link HealthEndpointsTest}, against the packaged application.
 */
@QuarkusIntegrationTest
class HealthEndpointsIT extends HealthEndpointsTest {
}
