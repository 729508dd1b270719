package org.lotteryengine.support;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * Makes rest-assured read JSON decimals as doubles rather than floats, so that exact figures can be checked to the
 * last digit a double holds.
 */
public final class PreciseJson {

    private PreciseJson() {
    }

    public static void enable() {
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }
}
