package org.lotteryengine.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * JSON answers are gzip-compressed for clients that accept it, byte for byte the same once inflated; clients that do
 * not ask get them plain; the status stream is never compressed (a compressor would hold events back).
 */
@QuarkusTest
class CompressionTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private HttpResponse<byte[]> get(String path, String accept, String acceptEncoding)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] inflate(byte[] gzip) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    @Test
    void aPatternAnalysisIsCompressedForClientsThatAccept() throws Exception {
        String path = "/api/v2/pattern-analysis/5-35";
        HttpResponse<byte[]> plain = get(path, "application/json", null);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers()
                .firstValue("Content-Encoding")).isEmpty();
        HttpResponse<byte[]> compressed = get(path, "application/json", "gzip");
        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers()
                .firstValue("Content-Encoding")).hasValue("gzip");
        String inflated = new String(inflate(compressed.body()), StandardCharsets.UTF_8);
        // The analysis is cached: both answers are the same document.
        assertThat(inflated).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(compressed.body().length).isLessThan(plain.body().length);
    }

    @Test
    void theStatusStreamIsNeverCompressed() throws Exception {
        String body = """
                {"targetTier": "tier4", "numberOfTickets": 3, "strategy": "conservative", "lotteryType": "5/35"}""";
        String sessionId = io.restassured.RestAssured.given()
                .contentType("application/json")
                .body(body)
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(200)
                .extract()
                .path("sessionId");
        HttpResponse<byte[]> stream = get("/api/v2/generation-status/" + sessionId, "text/event-stream", "gzip");
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers()
                .firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith(
                                "text/event-stream"));
        // Vert.x marks an answer it chose not to compress "identity".
        assertThat(stream.headers()
                .firstValue("Content-Encoding")
                .orElse("identity")).isEqualTo("identity");
        assertThat(new String(stream.body(), StandardCharsets.UTF_8)).containsPattern("(?m)^event: ?complete$")
                .containsPattern("(?m)^event: ?progress$");
    }
}
