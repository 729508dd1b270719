package org.lotteryengine.clients.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Behind a trusted proxy (deploy/nginx.conf, an Ingress), clients without an API key are counted by the address the
 * proxy forwards, not by the proxy's own: each has its own limit.
 */
@QuarkusTest
@TestProfile(ForwardedClientAddressTest.BehindTrustedProxy.class)
class ForwardedClientAddressTest {

    /** The test client (loopback) is the trusted proxy; three API requests per client and hour. */
    public static class BehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lottery.clients.trusted-proxies", "127.0.0.1,::1", "lottery.rate-limits.api-requests", "3");
        }
    }

    /** A documentation address (RFC 5737) of its own per run: counts live in Redis for the whole window. */
    static String someClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0.113." + random.nextInt(1, 255) + ", " + someProxiedAddress();
    }

    /** What the trusted proxy saw connect, the right-most value: one of 2^32 documentation addresses (RFC 3849). */
    static String someProxiedAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8::" + Integer.toHexString(random.nextInt(1 << 16)) + ":" + Integer.toHexString(random.nextInt(
                1 << 16));
    }

    static int lotteries(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor)
                .get("/api/v2/lotteries")
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void eachForwardedClientHasItsOwnLimit() {
        String first = someClientAddress();
        String second;
        do {
            second = someClientAddress();
        } while (second.equals(first));
        for (int i = 0; i < 3; i++) {
            assertThat(lotteries(first))
                    .as("request %d of the first client", i + 1)
                    .isEqualTo(200);
        }
        given().header("X-Forwarded-For", first)
                .get("/api/v2/lotteries")
                .then()
                .statusCode(429)
                .body("error", equalTo("RATE_LIMITED"))
                .body("details.limit", equalTo("api_requests"));
        // The same proxy forwarding another client: that client's own, untouched, limit.
        for (int i = 0; i < 3; i++) {
            assertThat(lotteries(second))
                    .as("request %d of the second client", i + 1)
                    .isEqualTo(200);
        }
    }

    @Test
    void aSpoofedLeftMostAddressIsNotAFreshIdentity() {
        // Once, the left-most X-Forwarded-For value, which the client writes, was its identity: a new one per request
        // meant a fresh allowance each time. Now the proxy's own entry, the right-most, counts.
        String seen = someProxiedAddress();
        int answered = 0;
        int status;
        do {
            status = lotteries("203.0.113." + ThreadLocalRandom.current()
                    .nextInt(1, 255) + ", " + seen);
            answered += status == 200 ? 1 : 0;
        } while (status == 200 && answered <= 3);
        assertThat(status).as("after %d answers under spoofed left-most addresses", answered)
                .isEqualTo(429);
        assertThat(answered).isLessThanOrEqualTo(3);
    }
}
