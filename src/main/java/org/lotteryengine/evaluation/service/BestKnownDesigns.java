package org.lotteryengine.evaluation.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.lotteryengine.engine.wheel.WheelRequirement;

/**
 * The smallest published designs, from {@code wheels/best-known.csv} (sources named per row): what a wheel's size is
 * compared with. Read when the bean is first used, not in a static initialiser (a native image initialises classes at
 * build time).
 */
@ApplicationScoped
public class BestKnownDesigns {

    private static final String RESOURCE = "wheels/best-known.csv";

    /** A published size and where it comes from. */
    public record Design(int tickets, String source) {
    }

    private record Key(int points, int ticketSize, int drawnInPool, int matches) {
    }

    private volatile Map<Key, Design> designs;

    public Optional<Design> find(WheelRequirement requirement) {
        return Optional.ofNullable(designs().get(new Key(requirement.points(), requirement.ticketSize(), requirement
                .drawnInPool(), requirement.matches())));
    }

    private Map<Key, Design> designs() {
        Map<Key, Design> known = designs;
        if (known == null) {
            known = read();
            designs = known;
        }
        return known;
    }

    private static Map<Key, Design> read() {
        Map<Key, Design> known = new HashMap<>();
        try (InputStream in = Thread.currentThread()
                .getContextClassLoader()
                .getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (CSVRecord row : CSVFormat.DEFAULT.builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setCommentMarker('#')
                    .get()
                    .parse(reader)) {
                known.put(new Key(Integer.parseInt(row.get("v")), Integer.parseInt(row.get("k")), Integer.parseInt(row
                        .get("x")), Integer.parseInt(row.get("t"))), new Design(Integer.parseInt(row.get("tickets")), row
                                .get("source")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(known);
    }
}
