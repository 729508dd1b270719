package org.lotteryengine.platform.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lotteryengine.support.Management;
import org.lotteryengine.support.MetricsScrape;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The deployment files (deploy/, src/main/docker/, monitoring/grafana/) fit the application they deploy: every path
 * a probe or health check asks for answers 200 here, the Kubernetes objects refer to each other and only to keys that
 * exist, nginx passes the status stream on unbuffered, and the dashboard only queries metrics this service exports.
 */
@QuarkusTest
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    private static final Path DOCKER = Path.of("src", "main", "docker");
    private static final Path DASHBOARD = Path.of("monitoring", "grafana", "lottery-engine-dashboard.json");
    private static final String SECRET_TEMPLATE = "secret.template.yaml";
    private static final String KUSTOMIZATION = "kustomization.yaml";
    private static final int HTTP_PORT = 8080;
    private static final int MANAGEMENT_PORT = 9000;

    /** MonitoringRulesTest's metric names, plus histogram sums, byte gauges and CPU usage. */
    private static final Pattern METRIC = Pattern.compile(
            "\\b([a-z][a-z0-9_]*_(?:total|bucket|count|sum|timestamp|tasks|capacity|threads|sessions|bytes|usage))\\b");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)\\s*$");

    @Inject
    @ConfigProperty(name = "lottery.generation.max-timeout-ms")
    long maxGenerationTimeoutMs;

    @Inject
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    String maxBodySize;

    @Inject
    @ConfigProperty(name = "lottery.admin.token")
    String adminToken;

    /**
     * Every YAML file under deploy/ parses and each of its documents is a map; each Kubernetes manifest names its
     * apiVersion and kind, and deploy/kubernetes holds exactly one object of each kind the operations issue asks for.
     */
    @Test
    void everyYamlFileParsesAndTheManifestsAreTheExpectedObjects() throws IOException {
        List<Path> files = yamlFiles(DEPLOY);
        assertThat(files).contains(DEPLOY.resolve("docker-compose.yml"), KUBERNETES.resolve("deployment.yaml"));
        for (Path file : files) {
            List<Object> documents = documents(file);
            assertThat(documents).as(file.toString())
                    .isNotEmpty();
            for (Object document : documents) {
                assertThat(document).as(file.toString())
                        .isInstanceOf(Map.class);
                if (file.startsWith(KUBERNETES)) {
                    assertThat(map(document)).as(file.toString())
                            .containsKeys("apiVersion", "kind");
                }
            }
        }
        assertThat(manifests().stream()
                .map(manifest -> manifest.get("kind"))
                .toList())
                .containsExactlyInAnyOrder("Deployment", "Service", "ConfigMap", "Secret", "HorizontalPodAutoscaler",
                        "PodDisruptionBudget", "Kustomization");
    }

    /**
     * {@code kubectl apply -k} applies every manifest except the Secret template, so that its placeholders never
     * overwrite the real Secret.
     */
    @Test
    void kustomizationListsEveryManifestButTheSecretTemplate() throws IOException {
        List<String> others = yamlFiles(KUBERNETES).stream()
                .map(file -> file.getFileName()
                        .toString())
                .filter(name -> !name.equals(KUSTOMIZATION) && !name.equals(SECRET_TEMPLATE))
                .toList();
        assertThat(list(manifest("Kustomization").get("resources"))).containsExactlyInAnyOrderElementsOf(others);
        assertThat(map(manifest("Secret").get("stringData")).values()).isNotEmpty()
                .allMatch("CHANGE_ME"::equals);
    }

    /**
     * The Deployment's startup, liveness and readiness probes ask for paths that answer 200 here, on the container's
     * port 8080; the Prometheus scrape annotations name the metrics path, also served, and that port.
     */
    @Test
    void probesAskForPathsThatAnswerOnTheContainerPort() throws IOException {
        Map<String, Object> container = container();
        Map<String, String> paths = new TreeMap<>();
        for (Map.Entry<String, Object> entry : container.entrySet()) {
            if (entry.getKey()
                    .endsWith("Probe") && map(entry.getValue()).containsKey("httpGet")) {
                Map<String, Object> httpGet = map(map(entry.getValue()).get("httpGet"));
                // Probes reach the management port, never the API's (once: /health and /ready on 8080, with every
                // check's measures public).
                assertThat(containerPort(container, httpGet.get("port"))).as(entry.getKey())
                        .isEqualTo(MANAGEMENT_PORT);
                paths.put(entry.getKey(), (String) httpGet.get("path"));
            }
        }
        assertThat(paths).isEqualTo(Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                "readinessProbe", "/q/health/ready"));
        for (String path : paths.values()) {
            Management.given()
                    .get(path)
                    .then()
                    .statusCode(200);
        }

        Map<String, Object> annotations = map(at(manifest("Deployment"), "spec", "template", "metadata", "annotations"));
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/port", String.valueOf(MANAGEMENT_PORT));
        Management.given()
                .get((String) annotations.get("prometheus.io/path"))
                .then()
                .statusCode(200);
    }

    /**
     * The pods run as the JVM image's non-root user with a read-only root filesystem (a writable emptyDir on /tmp),
     * get the spec's resources, and have more time after SIGTERM than the longest generation may take.
     */
    @Test
    void deploymentRunsAsTheImageUserWithRoomForAGeneration() throws IOException {
        Map<String, Object> deployment = manifest("Deployment");
        Map<String, Object> pod = map(at(deployment, "spec", "template", "spec"));
        Map<String, Object> container = container();
        assertThat(at(deployment, "metadata", "name")).isEqualTo("lottery-engine");
        assertThat(at(deployment, "spec", "replicas")).isEqualTo(3);

        assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(at(pod, "securityContext", "runAsUser"))
                .isEqualTo(Integer.parseInt(user(Files.readString(DOCKER.resolve("Dockerfile.jvm")))));
        assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        Map<String, Object> tmp = list(container.get("volumeMounts")).stream()
                .map(DeploymentFilesTest::map)
                .filter(mount -> "/tmp".equals(mount.get("mountPath")))
                .findFirst()
                .orElseThrow();
        assertThat(list(pod.get("volumes")).stream()
                .map(DeploymentFilesTest::map)
                .filter(volume -> tmp.get("name")
                        .equals(volume.get("name")))
                .toList())
                .singleElement()
                .satisfies(volume -> assertThat(volume).containsKey("emptyDir"));

        assertThat(at(container, "resources", "requests")).isEqualTo(Map.of("memory", "512Mi", "cpu", "250m"));
        assertThat(at(container, "resources", "limits")).isEqualTo(Map.of("memory", "2Gi", "cpu", "1000m"));
        assertThat(((Integer) pod.get("terminationGracePeriodSeconds")) * 1000L).isGreaterThan(maxGenerationTimeoutMs);
    }

    /**
     * The Service sends port 80 to the container's port 8080 of the Deployment's pods; the HorizontalPodAutoscaler
     * scales that Deployment and the PodDisruptionBudget selects its pods.
     */
    @Test
    void serviceAutoscalerAndDisruptionBudgetTargetTheDeployment() throws IOException {
        Map<String, Object> deployment = manifest("Deployment");
        Map<String, Object> podLabels = map(at(deployment, "spec", "template", "metadata", "labels"));
        assertThat(podLabels).containsAllEntriesOf(map(at(deployment, "spec", "selector", "matchLabels")));

        Map<String, Object> service = manifest("Service");
        assertThat(at(service, "metadata", "name")).isEqualTo("lottery-engine-service");
        assertThat(at(service, "spec", "type")).isEqualTo("ClusterIP");
        assertThat(map(at(service, "spec", "selector"))).isNotEmpty();
        assertThat(podLabels).containsAllEntriesOf(map(at(service, "spec", "selector")));
        Map<String, Object> port = map(list(at(service, "spec", "ports")).get(0));
        assertThat(port.get("port")).isEqualTo(80);
        assertThat(containerPort(container(), port.get("targetPort"))).isEqualTo(HTTP_PORT);

        Map<String, Object> autoscaler = manifest("HorizontalPodAutoscaler");
        assertThat(autoscaler.get("apiVersion")).isEqualTo("autoscaling/v2");
        assertThat(map(at(autoscaler, "spec", "scaleTargetRef")))
                .isEqualTo(Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", at(deployment, "metadata", "name")));
        assertThat(at(autoscaler, "spec", "minReplicas")).isEqualTo(3);
        assertThat(at(autoscaler, "spec", "maxReplicas")).isEqualTo(10);
        Map<String, Object> metric = map(list(at(autoscaler, "spec", "metrics")).get(0));
        assertThat(at(metric, "resource", "name")).isEqualTo("cpu");
        assertThat(at(metric, "resource", "target", "averageUtilization")).isEqualTo(70);

        Map<String, Object> budget = manifest("PodDisruptionBudget");
        assertThat(budget.get("apiVersion")).isEqualTo("policy/v1");
        assertThat(at(budget, "spec", "minAvailable")).isEqualTo(2);
        assertThat(map(at(budget, "spec", "selector", "matchLabels"))).isNotEmpty();
        assertThat(podLabels).containsAllEntriesOf(map(at(budget, "spec", "selector", "matchLabels")));
    }

    /**
     * Every envFrom and valueFrom of the container names the ConfigMap or Secret defined in deploy/kubernetes, and
     * every key it reads exists there; together they give the service its datasource, Redis and admin settings.
     */
    @Test
    void everyConfigMapAndSecretReferenceResolves() throws IOException {
        Map<String, Set<String>> configMaps = keysByName("ConfigMap", "data");
        Map<String, Set<String>> secrets = keysByName("Secret", "stringData");
        Map<String, Object> container = container();
        Set<String> referenced = new TreeSet<>();
        Set<String> environment = new TreeSet<>();
        for (Object entry : list(container.getOrDefault("envFrom", List.of()))) {
            Map<String, Object> source = map(entry);
            boolean configMap = source.containsKey("configMapRef");
            String name = (String) at(source, configMap ? "configMapRef" : "secretRef", "name");
            Map<String, Set<String>> objects = configMap ? configMaps : secrets;
            assertThat(objects).containsKey(name);
            environment.addAll(objects.get(name));
            referenced.add((configMap ? "ConfigMap/" : "Secret/") + name);
        }
        for (Object entry : list(container.getOrDefault("env", List.of()))) {
            Map<String, Object> variable = map(entry);
            environment.add((String) variable.get("name"));
            if (variable.containsKey("valueFrom")) {
                Map<String, Object> valueFrom = map(variable.get("valueFrom"));
                boolean configMap = valueFrom.containsKey("configMapKeyRef");
                Map<String, Object> reference = map(valueFrom.get(configMap ? "configMapKeyRef" : "secretKeyRef"));
                Map<String, Set<String>> objects = configMap ? configMaps : secrets;
                assertThat(objects).as(variable.get("name")
                        .toString())
                        .containsKey((String) reference.get("name"));
                assertThat(objects.get(reference.get("name"))).as(variable.get("name")
                        .toString())
                        .contains((String) reference.get("key"));
                referenced.add((configMap ? "ConfigMap/" : "Secret/") + reference.get("name"));
            }
        }
        assertThat(referenced).containsExactlyInAnyOrder("ConfigMap/lottery-config", "Secret/lottery-secrets");
        assertThat(environment).contains("QUARKUS_DATASOURCE_REACTIVE_URL", "QUARKUS_DATASOURCE_JDBC_URL",
                "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_REDIS_HOSTS", "LOTTERY_ADMIN_TOKEN",
                "LOTTERY_SEED_ENABLED");
        // envFrom silently skips keys that are not valid variable names.
        assertThat(configMaps.get("lottery-config")).allMatch(key -> key.matches("[A-Z][A-Z0-9_]*"));

        Map<String, Object> config = map(manifest("ConfigMap").get("data"));
        assertThat((String) config.get("QUARKUS_DATASOURCE_REACTIVE_URL")).startsWith("postgresql://");
        assertThat((String) config.get("QUARKUS_DATASOURCE_JDBC_URL")).startsWith("jdbc:postgresql://");
        assertThat((String) config.get("QUARKUS_REDIS_HOSTS")).startsWith("redis://");
        assertThat(config.get("LOTTERY_SEED_ENABLED")).isEqualTo("false");
        // Behind the Ingress, clients are counted by forwarded address, believed from the controller's narrow range only
        // (once: the whole 10.0.0.0/8, i.e. every pod), and Quarkus' left-most forwarding stays off.
        assertThat(config).doesNotContainKeys("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING",
                "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
        String trusted = (String) config.get("LOTTERY_CLIENTS_TRUSTED_PROXIES");
        assertThat(trusted).matches("[0-9a-fA-F:.]+/\\d+");
        assertThat(Integer.parseInt(trusted.substring(trusted.indexOf('/') + 1))).isGreaterThanOrEqualTo(24);
    }

    /**
     * docker-compose.yml builds the JVM image and runs it with PostgreSQL and Redis, addressed by their service names,
     * behind nginx with deploy/nginx.conf; the service's health check asks for a path that answers 200 here.
     */
    @Test
    void composeRunsTheServiceBehindNginxWithAServedHealthCheck() throws IOException {
        List<Object> documents = documents(DEPLOY.resolve("docker-compose.yml"));
        assertThat(documents).hasSize(1);
        Map<String, Object> services = map(map(documents.get(0)).get("services"));
        assertThat(services.keySet()).containsExactlyInAnyOrder("lottery-engine", "postgres", "redis", "nginx");

        Map<String, Object> engine = map(services.get("lottery-engine"));
        Path dockerfile = DEPLOY.resolve((String) at(engine, "build", "context"))
                .resolve((String) at(engine, "build", "dockerfile"))
                .normalize();
        assertThat(dockerfile).isEqualTo(DOCKER.resolve("Dockerfile.jvm"))
                .isRegularFile();
        Map<String, Object> environment = map(engine.get("environment"));
        assertThat(URI.create((String) environment.get("QUARKUS_DATASOURCE_REACTIVE_URL"))
                .getHost()).isEqualTo("postgres");
        assertThat(URI.create(((String) environment.get("QUARKUS_DATASOURCE_JDBC_URL")).substring("jdbc:".length()))
                .getHost()).isEqualTo("postgres");
        assertThat(URI.create((String) environment.get("QUARKUS_REDIS_HOSTS"))
                .getHost()).isEqualTo("redis");

        List<URI> checked = list(at(engine, "healthcheck", "test")).stream()
                .map(String::valueOf)
                .filter(argument -> argument.startsWith("http://"))
                .map(URI::create)
                .toList();
        assertThat(checked).hasSize(1);
        assertThat(checked.get(0)
                .getPort()).isEqualTo(HTTP_PORT);
        given().get(checked.get(0)
                .getPath())
                .then()
                .statusCode(200);

        assertThat(String.valueOf(at(map(services.get("postgres")), "healthcheck", "test"))).contains("pg_isready");
        Map<String, Object> nginx = map(services.get("nginx"));
        assertThat(list(nginx.get("ports"))).contains("80:80");
        assertThat(list(nginx.get("volumes"))).contains("./nginx.conf:/etc/nginx/nginx.conf:ro");
        assertThat(DEPLOY.resolve("nginx.conf")).isRegularFile();
        assertThat(at(nginx, "depends_on", "lottery-engine", "condition")).isEqualTo("service_healthy");
        // The service believes X-Forwarded-For from nginx's fixed address only, not from the whole network.
        assertThat(environment).doesNotContainKeys("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING",
                "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
        Map<String, Object> network = map(map(map(documents.get(0)).get("networks")).get("default"));
        String subnet = (String) map(list(at(network, "ipam", "config")).get(0)).get("subnet");
        String nginxAddress = (String) at(nginx, "networks", "default", "ipv4_address");
        assertThat(nginxAddress).startsWith(subnet.substring(0, subnet.lastIndexOf('.') + 1));
        assertThat(environment.get("LOTTERY_CLIENTS_TRUSTED_PROXIES")).isEqualTo(nginxAddress);
    }

    /**
     * nginx passes the Server-Sent Events of /api/v2/generation-status/ on unbuffered, over HTTP/1.1 kept open, and
     * waits at least an hour for the next event; it accepts the bodies the service accepts.
     */
    @Test
    void nginxDoesNotBufferTheStatusStream() throws IOException {
        String conf = Files.readString(DEPLOY.resolve("nginx.conf"))
                .replaceAll("(?m)#.*$", "");
        assertThat(conf).containsPattern("upstream\\s+lottery_engine\\s*\\{[^}]*\\bserver\\s+lottery-engine:8080;");

        String stream = location(conf, "/api/v2/generation-status/");
        assertThat(stream).containsPattern("\\bproxy_pass\\s+http://lottery_engine;")
                .containsPattern("\\bproxy_buffering\\s+off;")
                .containsPattern("\\bproxy_cache\\s+off;")
                .containsPattern("\\bproxy_http_version\\s+1\\.1;")
                .containsPattern("\\bproxy_set_header\\s+Connection\\s+'';");
        Matcher timeout = Pattern.compile("\\bproxy_read_timeout\\s+(\\d+)([smh]?);")
                .matcher(stream);
        assertThat(timeout.find()).isTrue();
        long seconds = Long.parseLong(timeout.group(1)) * switch (timeout.group(2)) {
            case "m" -> 60;
            case "h" -> 3600;
            default -> 1;
        };
        assertThat(seconds).isGreaterThanOrEqualTo(3600);

        assertThat(location(conf, "/")).containsPattern("\\bproxy_pass\\s+http://lottery_engine;")
                .containsPattern("\\bproxy_set_header\\s+Host\\s+\\$host;")
                .containsPattern("\\bproxy_set_header\\s+X-Real-IP\\s+\\$remote_addr;")
                // Replaced, not appended to: the service counts rate limits by it.
                .containsPattern("\\bproxy_set_header\\s+X-Forwarded-For\\s+\\$remote_addr;");
        assertThat(location(conf, "/api/v2/generation-status/"))
                .containsPattern("\\bproxy_set_header\\s+X-Forwarded-For\\s+\\$remote_addr;");
        assertThat(conf).doesNotContain("$proxy_add_x_forwarded_for");

        Matcher bodySize = Pattern.compile("\\bclient_max_body_size\\s+(\\w+);")
                .matcher(conf);
        assertThat(bodySize.find()).isTrue();
        assertThat(bytes(bodySize.group(1))).isEqualTo(bytes(maxBodySize));
    }

    /**
     * The Grafana dashboard parses, queries its Prometheus through the datasource variable, and every metric its
     * panels name is exported by /q/metrics once a generation and each maintenance job have run (meters are
     * registered on first use, and the scheduler is off in tests).
     */
    @Test
    void everyMetricTheDashboardQueriesIsExported() throws IOException {
        MetricsScrape.generate(MetricsScrape.SMALL_GENERATION);
        for (String job : List.of("session-cleanup", "pattern-refresh")) {
            given().header("Authorization", "Bearer " + adminToken)
                    .post("/api/v2/admin/maintenance/" + job)
                    .then()
                    .statusCode(200);
        }
        String exported = MetricsScrape.scrape();

        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        assertThat(dashboard.path("schemaVersion")
                .asInt()).isEqualTo(39);
        List<String> variables = new ArrayList<>();
        for (JsonNode variable : dashboard.path("templating")
                .path("list")) {
            variables.add(String.join(" ", variable.path("name")
                    .asText(),
                    variable.path("type")
                            .asText(),
                    variable.path("query")
                            .asText()));
        }
        // The data source is picked in the dashboard: no import input to resolve.
        assertThat(variables).contains("datasource datasource prometheus");

        List<JsonNode> panels = new ArrayList<>();
        collectPanels(dashboard.path("panels"), panels);
        assertThat(panels.stream()
                .map(panel -> panel.path("id")
                        .asInt())
                .toList()).doesNotHaveDuplicates();
        TreeSet<String> named = new TreeSet<>();
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("datasource")
                        .path("uid")
                        .asText()).as(panel.path("title")
                                .asText())
                        .isEqualTo("${datasource}");
                Matcher metric = METRIC.matcher(target.path("expr")
                        .asText());
                while (metric.find()) {
                    named.add(metric.group(1));
                }
            }
        }
        assertThat(named).contains("generation_duration_seconds_bucket", "generation_total", "generation_success_total",
                "generation_active_sessions", "engine_active_threads", "engine_queued_tasks", "engine_queue_capacity",
                "generation_attempts_bucket", "generation_quality_bucket", "pattern_analysis_duration_seconds_bucket",
                "pattern_cache_requests_total", "pattern_data_last_update_timestamp", "rate_limit_rejections_total",
                "http_server_requests_seconds_count", "jvm_memory_used_bytes", "process_cpu_usage", "system_cpu_usage",
                "maintenance_sessions_deleted_total", "maintenance_runs_total");
        for (String metric : named) {
            assertThat(exported).as(metric)
                    .containsPattern("(?m)^" + metric + "[{ ]");
        }
    }

    /**
     * Each image runs as a non-root user, listens on 8080, and its header says how to build and run it.
     */
    @ParameterizedTest
    @ValueSource(strings = { "Dockerfile.jvm", "Dockerfile.native", "Dockerfile.native-micro" })
    void dockerfileRunsAsANonRootUserOnPort8080(String name) throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve(name));
        assertThat(user(dockerfile)).isNotIn("root", "0")
                .doesNotStartWith("root:")
                .doesNotStartWith("0:");
        assertThat(dockerfile).containsPattern("(?m)^EXPOSE\\s+(?:\\S+\\s+)*8080(?:/tcp)?(?:\\s+\\S+)*\\s*$")
                .containsPattern("(?m)^EXPOSE\\s+(?:\\S+\\s+)*9000(?:/tcp)?(?:\\s+\\S+)*\\s*$")
                .contains("./mvnw package")
                .contains("docker build -f src/main/docker/" + name + " ")
                .contains("docker run ");
    }

    private static List<Path> yamlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString()
                    .endsWith(".yaml")
                    || file.toString()
                            .endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }

    /** The documents of a YAML file, without the empty ones a trailing "---" leaves. */
    private static List<Object> documents(Path file) throws IOException {
        List<Object> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add(document);
                }
            }
        }
        return documents;
    }

    private static List<Map<String, Object>> manifests() throws IOException {
        List<Map<String, Object>> manifests = new ArrayList<>();
        for (Path file : yamlFiles(KUBERNETES)) {
            for (Object document : documents(file)) {
                manifests.add(map(document));
            }
        }
        return manifests;
    }

    /** The one object of this kind in deploy/kubernetes. */
    private static Map<String, Object> manifest(String kind) throws IOException {
        List<Map<String, Object>> found = manifests().stream()
                .filter(manifest -> kind.equals(manifest.get("kind")))
                .toList();
        assertThat(found).as(kind)
                .hasSize(1);
        return found.get(0);
    }

    /** The Deployment's one container. */
    private static Map<String, Object> container() throws IOException {
        List<Object> containers = list(at(manifest("Deployment"), "spec", "template", "spec", "containers"));
        assertThat(containers).hasSize(1);
        return map(containers.get(0));
    }

    /** The keys of each object of this kind, by object name. */
    private static Map<String, Set<String>> keysByName(String kind, String field) throws IOException {
        Map<String, Set<String>> keys = new TreeMap<>();
        for (Map<String, Object> manifest : manifests()) {
            if (kind.equals(manifest.get("kind"))) {
                keys.put((String) at(manifest, "metadata", "name"), new TreeSet<>(map(manifest.get(field)).keySet()));
            }
        }
        return keys;
    }

    /** The container port a probe or Service names, by number or by name. */
    private static int containerPort(Map<String, Object> container, Object port) {
        if (port instanceof Integer number) {
            return number;
        }
        return list(container.get("ports")).stream()
                .map(DeploymentFilesTest::map)
                .filter(containerPort -> port.equals(containerPort.get("name")))
                .map(containerPort -> (Integer) containerPort.get("containerPort"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port));
    }

    /** The body of the nginx location block of this prefix (the blocks of nginx.conf hold no nested braces). */
    private static String location(String conf, String prefix) {
        Matcher location = Pattern.compile("\\blocation\\s+" + Pattern.quote(prefix) + "\\s*\\{([^}]*)}")
                .matcher(conf);
        assertThat(location.find()).as(prefix)
                .isTrue();
        return location.group(1);
    }

    /** A size as nginx or Quarkus writes it (2m, 2M, 512k, 1048576), in bytes. */
    private static long bytes(String size) {
        Matcher matcher = Pattern.compile("(\\d+)([kKmMgG]?)")
                .matcher(size);
        assertThat(matcher.matches()).as(size)
                .isTrue();
        long unit = switch (matcher.group(2)
                .toLowerCase()) {
            case "k" -> 1024L;
            case "m" -> 1024L * 1024;
            case "g" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(matcher.group(1)) * unit;
    }

    /** The user of the last USER instruction of a Dockerfile. */
    private static String user(String dockerfile) {
        Matcher matcher = USER.matcher(dockerfile);
        String user = null;
        while (matcher.find()) {
            user = matcher.group(1);
        }
        assertThat(user).as("USER instruction")
                .isNotNull();
        return user;
    }

    /** Every panel, including those inside rows. */
    private static void collectPanels(JsonNode panels, List<JsonNode> collected) {
        for (JsonNode panel : panels) {
            collected.add(panel);
            collectPanels(panel.path("panels"), collected);
        }
    }

    /** The value at this path of nested maps. */
    private static Object at(Map<String, Object> root, String... path) {
        Object value = root;
        for (String key : path) {
            value = map(value).get(key);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
