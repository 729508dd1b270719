package org.lotteryengine.evaluation.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The evaluation endpoint of {@link EvaluationResourceTest}, against the packaged application.
 */
@QuarkusIntegrationTest
class EvaluationResourceIT extends EvaluationResourceTest {
}
