package org.lotteryengine.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the management interface (/q/health, /q/metrics), which tests reach on its own port: 9001 in the test
 * profile, for {@code @QuarkusTest} and the packaged application alike.
 */
public final class Management {

    public static final int TEST_PORT = 9001;

    private Management() {
    }

    public static RequestSpecification given() {
        return RestAssured.given()
                .port(TEST_PORT);
    }
}
