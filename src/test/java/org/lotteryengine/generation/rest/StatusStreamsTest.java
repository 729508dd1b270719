package org.lotteryengine.generation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lotteryengine.support.SessionRows;
import org.lotteryengine.support.TestClients;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Status streams are pushed, not polled, and capped per client. Once, each open stream read Redis about 27 times a
 * second (200 streams: 5,500 commands/s), and one client could open any number.
 */
@QuarkusTest
@TestProfile(StatusStreamsTest.FiveStreams.class)
class StatusStreamsTest {

    public static class FiveStreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lottery.sessions.max-streams-per-client", "5");
        }
    }

    private static final Pattern LRANGE_CALLS = Pattern.compile("cmdstat_lrange:calls=(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Inject
    RedisDataSource redis;

    @Test
    void idleStreamsReadRedisAboutOnceASecondAndAClientHoldsAtMostFive() throws Exception {
        ExtractableResponse<Response> issued = given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("{\"name\": \"streams\", \"scopes\": [\"generate\"]}")
                .post("/api/v2/admin/api-keys")
                .then()
                .statusCode(201)
                .extract();
        String key = issued.path("key");
        // A session that is running somewhere and produces no events for now.
        String sessionId = activeSessionOf("key:" + issued.path("id"));

        List<HttpResponse<InputStream>> streams = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<InputStream> stream = open(sessionId, key);
            assertThat(stream.statusCode()).isEqualTo(200);
            streams.add(stream);
        }
        // The sixth is refused before it starts, with the spec's body.
        HttpResponse<InputStream> sixth = open(sessionId, key);
        String refusal = new String(sixth.body()
                .readAllBytes());
        assertThat(sixth.statusCode()).as(refusal)
                .isEqualTo(429);
        assertThat(refusal).contains("\"error\":\"RATE_LIMITED\"")
                .contains("Too many status streams: a client may hold 5 open at once; close one first");

        long before = lrangeCalls();
        Awaitility.await()
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> true);
        long reads = lrangeCalls() - before;
        // At most one fallback read per stream and second (plus one in flight): 20. Polling read 5 x 3 s x 27 = 405.
        assertThat(reads).as("LRANGE calls of 5 idle streams in 3 s")
                .isLessThanOrEqualTo(20);

        // Closing a stream gives its slot back.
        streams.remove(0)
                .body()
                .close();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> {
                    HttpResponse<InputStream> again = open(sessionId, key);
                    if (again.statusCode() == 200) {
                        streams.add(again);
                        return true;
                    }
                    again.body()
                            .close();
                    return false;
                });
        for (HttpResponse<InputStream> stream : streams) {
            stream.body()
                    .close();
        }
    }

    private HttpResponse<InputStream> open(String sessionId, String key) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve("api/v2/generation-status/" + sessionId))
                .header("Accept", "text/event-stream")
                .header("X-API-Key", key)
                .build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private long lrangeCalls() {
        String stats = redis.execute("INFO", "commandstats")
                .toString();
        Matcher calls = LRANGE_CALLS.matcher(stats);
        return calls.find() ? Long.parseLong(calls.group(1)) : 0;
    }

    private String activeSessionOf(String owner) throws SQLException {
        String sessionId = SessionRows.insertActive(dataSource, 0, owner);
        // Its replica's heartbeat, so that no stream takes it for dead meanwhile.
        redis.value(String.class)
                .setex("lottery:session:" + sessionId + ":alive", 60, "1");
        return sessionId;
    }
}
