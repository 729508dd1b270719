package org.lotteryengine.platform.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.Management;
import org.lotteryengine.support.MetricsScrape;
import org.yaml.snakeyaml.Yaml;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The alert rules of monitoring/ only name metrics this service exports, and the Prometheus configuration scrapes
 * the path it serves them on. (.ci/run also checks both files with promtool.)
 */
@QuarkusTest
class MonitoringRulesTest {

    private static final Pattern METRIC = Pattern.compile(
            "\\b([a-z][a-z0-9_]*_(?:total|bucket|count|timestamp|tasks|capacity|threads|sessions))\\b");

    @Test
    @SuppressWarnings("unchecked")
    void everyMetricAnAlertNamesIsExported() throws IOException {
        String exported = MetricsScrape.afterGenerating(MetricsScrape.SMALL_GENERATION);

        Map<String, Object> rules;
        try (Reader reader = Files.newBufferedReader(Path.of("monitoring", "alert_rules.yml"))) {
            rules = new Yaml().load(reader);
        }
        TreeSet<String> named = new TreeSet<>();
        TreeSet<String> alerts = new TreeSet<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                alerts.add((String) rule.get("alert"));
                Matcher metric = METRIC.matcher((String) rule.get("expr"));
                while (metric.find()) {
                    named.add(metric.group(1));
                }
            }
        }
        assertThat(alerts).contains("HighGenerationLatency", "LowSuccessRate", "PatternDataStale", "HighErrorRate",
                "EngineSaturated");
        assertThat(named).contains("generation_duration_seconds_bucket", "generation_success_total",
                "generation_total", "pattern_data_last_update_timestamp", "engine_queued_tasks");
        for (String metric : named) {
            assertThat(exported).as(metric)
                    .containsPattern("(?m)^" + metric + "[{ ]");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesTheServedPathAndLoadsTheRules() throws IOException {
        Map<String, Object> config;
        try (Reader reader = Files.newBufferedReader(Path.of("monitoring", "prometheus.yml"))) {
            config = new Yaml().load(reader);
        }
        assertThat((List<String>) config.get("rule_files")).containsExactly("alert_rules.yml");
        Map<String, Object> job = ((List<Map<String, Object>>) config.get("scrape_configs")).get(0);
        assertThat(job.get("metrics_path")).isEqualTo("/q/metrics");
        assertThat(String.valueOf(job.get("static_configs"))).contains(":9000");
        Management.given()
                .get((String) job.get("metrics_path"))
                .then()
                .statusCode(200);
    }
}
