package org.lotteryengine.platform.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Metrics, OpenAPI and Swagger UI of {@link PlatformEndpointsTest}, against the packaged application.
 */
@QuarkusIntegrationTest
class PlatformEndpointsIT extends PlatformEndpointsTest {
}
