package org.lotteryengine.packaging;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.lotteryengine.support.LocalServicesTestResource;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) started as a process of its own, in the prod
 * profile, against the PostgreSQL and Redis the tests use: a replica as a deployment would run it.
 */
final class Replica implements AutoCloseable {

    static final String ADMIN_TOKEN = "replica-admin-token";

    private static final Path APP = Path.of(System.getProperty("project.build.directory", "target"), "quarkus-app");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Map<String, String> services;

    private final String name;
    private final int port;
    private final List<String> extraProperties;
    private final int managementPort;
    private Process process;

    Replica(String name, int port, String... extraProperties) {
        this.name = name;
        this.port = port;
        this.extraProperties = List.of(extraProperties);
        try {
            this.managementPort = freePort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static synchronized Map<String, String> services() {
        if (services == null) {
            services = new LocalServicesTestResource().start();
        }
        return services;
    }

    /** Starts the process and waits until it is ready. */
    Replica start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
        command.add("-Xmx256m");
        command.add("-Dquarkus.http.port=" + port);
        // Replicas run side by side: each its own management port too.
        command.add("-Dquarkus.management.port=" + managementPort);
        services().forEach((key, value) -> command.add("-D" + key + "=" + value));
        // Every test of the build runs from 127.0.0.1 and Redis keeps its counts for the hour: limits a test does not
        // set are out of the way.
        command.add("-Dlottery.rate-limits.api-requests=100000000");
        command.add("-Dlottery.rate-limits.status-checks=100000000");
        command.add("-Dlottery.clients.max-active-generations=1000");
        command.add("-Dlottery.admin.token=" + ADMIN_TOKEN);
        // The design library's background search is off unless a test turns it on (a later -D wins).
        command.add("-Dlottery.design-library.improver.enabled=false");
        // The wheel designs' search shares the background slot: it would hold off the design library's in its ITs.
        command.add("-Dlottery.design-library.improver.wheels=false");
        for (String property : extraProperties) {
            command.add("-D" + property);
        }
        command.add("-jar");
        command.add(APP.resolve("quarkus-run.jar")
                .toString());
        Path log = APP.getParent()
                .resolve("replica-" + name + ".log");
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            await("replica " + name + " ready").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> healthy(log));
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("replica " + name + " not ready in 60 s; see " + log, e);
        }
        return this;
    }

    private boolean healthy(Path log) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("replica " + name + " exited; see " + log + ":\n" + tail(log));
        }
        try {
            return get("/health").statusCode() == 200;
        } catch (IOException notYet) {
            // Not listening yet.
            return false;
        }
    }

    /** Whether the Redis that the replicas share holds this key. */
    static boolean redisHas(String key) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Response exists = Redis.createClient(vertx, services().get("quarkus.redis.hosts"))
                    .send(Request.cmd(Command.EXISTS)
                            .arg(key))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(5, TimeUnit.SECONDS);
            return exists.toInteger() == 1;
        } finally {
            vertx.close();
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with the replica's admin token. */
    HttpResponse<String> adminGet(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with the replica's admin token and a JSON body (null: none): PUT, DELETE… */
    HttpResponse<String> adminSend(String method, String path, String body) throws IOException,
            InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of a Prometheus sample on the management port whose line starts with {@code sample}, or 0. */
    double metric(String sample) throws IOException, InterruptedException {
        String scrape = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                + "/q/metrics"))
                .timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString())
                .body();
        return scrape.lines()
                .filter(line -> line.startsWith(sample))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** A POST, with the key as X-API-Key, or anonymous (by address) when it is null. */
    HttpResponse<String> post(String path, String apiKey, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return CLIENT.send(request.POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Issues a key with the generate scope, with the replica's admin token, and returns its secret. */
    String issueKey(String name) throws IOException, InterruptedException {
        HttpResponse<String> issued = CLIENT.send(HttpRequest.newBuilder(uri("/api/v2/admin/api-keys"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name
                        + "\", \"scopes\": [\"generate\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("issuing a key answered " + issued.statusCode() + ": " + issued.body());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(issued.body())
                .get("key")
                .asText();
    }

    /** SIGKILL: the process gets no chance to clean up, as in a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly()
                .waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable)";
        }
    }
}
