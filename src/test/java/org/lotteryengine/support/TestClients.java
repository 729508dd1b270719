package org.lotteryengine.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.Header;

/**
 * Credentials for tests: the admin token of the test profile, and keys issued with it.
 */
public final class TestClients {

    /** The test profile's admin token (lottery.admin.token): every scope. */
    public static final Header ADMIN = new Header("Authorization", "Bearer test-admin-token");

    private TestClients() {
    }

    /**
     * Issues a key with these scopes ("generate", "write-draws", "admin") and optional limits JSON, e.g.
     * {@code {"generationRequests": 2}}, and returns its secret for X-API-Key.
     */
    public static String issueKey(String name, String limitsJson, String... scopes) {
        StringBuilder list = new StringBuilder();
        for (String scope : scopes) {
            list.append(list.isEmpty() ? "" : ",")
                    .append('"')
                    .append(scope)
                    .append('"');
        }
        return given().header(ADMIN)
                .contentType("application/json")
                .body("{\"name\": \"%s\", \"scopes\": [%s]%s}".formatted(name, list, limitsJson == null ? ""
                        : ", \"limits\": " + limitsJson))
                .post("/api/v2/admin/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }
}
