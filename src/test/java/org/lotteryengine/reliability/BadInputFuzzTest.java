package org.lotteryengine.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.support.TestClients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Spec 14.1 under fire: at least 10,000 generated requests (wrong types, nulls, huge numbers, unicode, deep nesting,
 * huge arrays, broken JSON, invalid ids, garbage CSV, odd media types) to every endpoint. None may answer 5xx; every
 * error has the spec's body with a known code and no stack trace or class name; the service is ready afterwards.
 * The generator is seeded ({@code -Dlottery.fuzz.seed}, default 20261129) so that a failure can be replayed.
 */
@QuarkusTest
@TestProfile(BadInputFuzzTest.OwnDatabase.class)
class BadInputFuzzTest {

    /**
     * A profile of its own, so that the application restarts on a freshly migrated database: the draws and games the
     * fuzzer manages to store stay out of every other test's data.
     */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    private static final int REQUESTS = Integer.getInteger("lottery.fuzz.requests", 10_000);
    private static final long SEED = Long.getLong("lottery.fuzz.seed", 20261129L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CODES = EnumSet.allOf(ErrorCode.class)
            .stream()
            .map(Enum::name)
            .collect(Collectors.toSet());

    @TestHTTPResource("/")
    URI base;

    @Test
    void tenThousandBadRequestsGetNo5xxAndAlwaysTheSpecsErrorBody() throws Exception {
        Random random = new Random(SEED);
        // Authentication on: keys of every scope, issued as an administrator would.
        RequestFuzzer fuzzer = new RequestFuzzer(random, List.of(TestClients.issueKey("fuzz-generate", null,
                "generate"), TestClients.issueKey("fuzz-draws", null, "generate", "write-draws"),
                TestClients
                        .issueKey("fuzz-admin", null, "admin")));
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
            RequestFuzzer.Fuzzed fuzzed = fuzzer.next();
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(fuzzed.path()))
                    .timeout(Duration.ofSeconds(60))
                    .method(fuzzed.method(), fuzzed.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(fuzzed.body()));
            fuzzed.headers()
                    .forEach(request::header);
            HttpResponse<String> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // An oversized body may be refused before it is all sent; that is an answer, not a fault.
                if (fuzzed.body() != null && fuzzed.body().length > 2_000_000) {
                    statuses.merge(413, 1, Integer::sum);
                    continue;
                }
                failures.add("#" + i + " " + fuzzed + ": " + e);
                continue;
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String problem = problem(response);
            if (problem != null) {
                failures.add("#" + i + " " + fuzzed + " -> " + response.statusCode() + ": " + problem + "; body: "
                        + abbreviate(response.body()));
            }
        }
        // Reported for RELIABILITY.md: what the service answered, by status.
        System.out.printf("BadInputFuzzTest: %d requests, seed %d, statuses %s%n", REQUESTS, SEED, statuses);
        assertThat(failures).as("seed %d, statuses %s", SEED, statuses)
                .isEmpty();
        assertThat(statuses.values()
                .stream()
                .mapToInt(Integer::intValue)
                .sum()).isEqualTo(REQUESTS);
        assertThat(statuses.keySet()).as("statuses %s", statuses)
                .allMatch(status -> status < 500);

        HttpResponse<String> ready = client.send(HttpRequest.newBuilder(base.resolve("/ready"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(ready.body())
                .isEqualTo(200);
    }

    /** What is wrong with an answer, or null. */
    private static String problem(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error";
        }
        String body = response.body();
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("org.lotteryengine.")
                || body.contains("java.lang")) {
            return "stack trace or class name in the body";
        }
        if (status < 400) {
            return null;
        }
        JsonNode error;
        try {
            error = JSON.readTree(body);
        } catch (IOException e) {
            return "error body is not JSON";
        }
        if (error == null || !error.isObject() || !error.hasNonNull("error") || !error.hasNonNull("message")
                || !error.has("code") || !error.has("details")) {
            return "not the spec's error body {error, message, code, details}";
        }
        String name = error.get("error")
                .asText();
        if (!CODES.contains(name)) {
            return "unknown error " + name;
        }
        if (ErrorCode.valueOf(name)
                .code() != error.get("code")
                        .asInt()) {
            return "code " + error.get("code") + " is not the code of " + name;
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
