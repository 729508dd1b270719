package org.lotteryengine.draws.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The draw endpoints of {@link DrawResourceTest}, against the packaged application.
 */
@QuarkusIntegrationTest
class DrawResourceIT extends DrawResourceTest {
}
