package org.lotteryengine.platform.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where each game's new draws come from (issue 7/7): a URL serving CSV or JSON, read on a schedule and imported
 * through the ordinary import, so invalid rows are listed and draws already stored are skipped. Keyed by game id:
 * {@code lottery.draw-sources.games."tx-cash-five-5-35".url=https://…}.
 */
@ConfigMapping(prefix = "lottery.draw-sources")
public interface DrawSourcesConfig {

    /** How often each replica looks for sources that are due; a source is fetched by one replica at a time. */
    @WithDefault("PT1M")
    Duration checkEvery();

    /** The sources, by game id. */
    Map<String, Source> games();

    /** One game's source. */
    interface Source {

        /** http or https URL of the file. */
        String url();

        /** csv or json. */
        @WithDefault("csv")
        Format format();

        /** How long after a fetch the next one is due. */
        @WithDefault("PT6H")
        Duration every();

        /** Longest wait for one attempt: connecting, the answer and its whole body. */
        @WithDefault("PT10S")
        Duration timeout();

        /** Attempts after the first when one fails (a 5xx, a timeout, no connection); a 4xx or a bad body is final. */
        @WithDefault("2")
        @Min(0)
        @Max(10)
        int retries();

        /** Wait before each retry, doubled each time. */
        @WithDefault("PT2S")
        Duration retryDelay();

        /** Largest body read; a longer one is cut off and the fetch fails (too_large). */
        @WithDefault("5242880")
        @Positive
        int maxBodyBytes();

        /**
         * Request headers sent with every fetch, by name: a paid feed's API key, e.g. {@code headers.Authorization=Bearer
         * ${FEED_TOKEN}} read from the environment. Never listed by the admin API.
         */
        Map<String, String> headers();

        /** The field mapping: which columns or JSON fields hold what. */
        Fields fields();
    }

    /** The source file's format. */
    enum Format {
        CSV,
        JSON
    }

    /**
     * Which CSV columns or JSON fields hold a draw's parts. A JSON body is an array of draw objects, or an object whose
     * {@code root} field (dot-separated path) holds that array.
     */
    interface Fields {

        /** JSON only: the path of the array of draws, e.g. {@code data.draws}; the body itself when absent. */
        Optional<String> root();

        /** The draw date (YYYY-MM-DD). */
        @WithDefault("draw_date")
        String date();

        /** The operator's draw number, if the source has one. */
        Optional<String> drawNumber();

        /**
         * One field holding all numbers (a JSON array, or a CSV cell of numbers split by spaces, commas or dashes), or one per
         * number.
         */
        @WithDefault("n1,n2,n3,n4,n5")
        List<String> numbers();

        /** The bonus numbers, the same way, for games that draw them. */
        Optional<List<String>> bonus();
    }
}
