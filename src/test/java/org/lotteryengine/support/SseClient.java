package org.lotteryengine.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Server-Sent Events stream to its end, as a browser's EventSource would, keeping each event's id, name and
 * data and when it arrived.
 */
public final class SseClient {

    /** One event. */
    public record Event(String id, String name, String data, long receivedAtNanos) {
    }

    /** The stream's status and events. */
    public record Stream(int status, String contentType, List<Event> events) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private SseClient() {
    }

    /** Reads until the server ends the stream (or the timeout passes). */
    public static Stream read(URI uri, String lastEventId, Duration timeout) throws IOException, InterruptedException {
        return read(uri, lastEventId, timeout, event -> false);
    }

    /**
     * Reads until the first event that {@code last} accepts, then closes the stream: e.g. the first progress event of
     * a generation, which proves it is running.
     */
    public static Stream readUntil(URI uri, Duration timeout, java.util.function.Predicate<Event> last)
            throws IOException, InterruptedException {
        return read(uri, null, timeout, last);
    }

    private static Stream read(URI uri, String lastEventId, Duration timeout, java.util.function.Predicate<Event> last)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.io.InputStream> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers
                .ofInputStream());
        List<Event> events = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String id = null;
            String name = "message";
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        Event event = new Event(id, name, data.toString(), System.nanoTime());
                        events.add(event);
                        if (last.test(event)) {
                            break;
                        }
                    }
                    id = null;
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3)
                            .trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6)
                            .trim();
                } else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring(5)
                            .stripLeading());
                }
            }
        }
        return new Stream(response.statusCode(), response.headers()
                .firstValue("Content-Type")
                .orElse(""), events);
    }
}
