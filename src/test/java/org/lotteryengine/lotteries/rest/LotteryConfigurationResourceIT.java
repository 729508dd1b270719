package org.lotteryengine.lotteries.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The lottery endpoints of {@link LotteryConfigurationResourceTest}, against the packaged application.
 */
@QuarkusIntegrationTest
class LotteryConfigurationResourceIT extends LotteryConfigurationResourceTest {
}
