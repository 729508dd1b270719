package org.lotteryengine.clients.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.clients.repository.ApiKeyRepository;
import org.lotteryengine.clients.repository.entity.ApiKeyEntity;
import org.lotteryengine.platform.config.AdminConfig;
import org.lotteryengine.platform.config.ClientsConfig;
import org.lotteryengine.platform.error.AdminAccessException;
import org.lotteryengine.platform.error.ApiKeyNotFoundException;
import org.lotteryengine.platform.error.ClientAccessException;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;
import org.lotteryengine.platform.service.Uncancellable;

import io.smallrye.mutiny.Uni;

/**
 * Tells who sent a request, and issues and revokes API keys. Keys are random 192-bit secrets; only their SHA-256 is
 * stored. What a replica learnt about a key is kept for lottery.clients.key-cache-ttl, so that a request costs no
 * database round trip; a revocation reaches the other replicas within that time.
 */
@ApplicationScoped
public class ApiKeyService {

    private static final String KEY_PREFIX = "lek_";
    private static final int SECRET_BYTES = 24;
    private static final int MAX_NAME_LENGTH = 100;
    private static final int MAX_LIMIT = 1_000_000_000;
    /** Beyond this many cached keys the cache starts over: unknown keys are never cached, so it only holds real ones. */
    private static final int MAX_CACHED = 10_000;

    private final ApiKeyRepository repository;
    private final ClientsConfig config;
    private final AdminConfig admin;
    // Made at run time with the bean, never in a static initialiser: a native image would freeze its seed.
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Client client, long expiresAtNanos) {
    }

    ApiKeyService(ApiKeyRepository repository, ClientsConfig config, AdminConfig admin) {
        this.repository = repository;
        this.config = config;
        this.admin = admin;
    }

    /**
     * The client of a request.
     *
     * @param apiKey the X-API-Key header, or null
     * @param bearer the token of an {@code Authorization: Bearer} header, or null
     * @param address the client's address, for anonymous clients
     * @return a failure {@link ClientAccessException} (401) for an unknown or revoked key, {@link AdminAccessException}
     *         for a bearer token that is not the admin token
     */
    public Uni<Client> identify(String apiKey, String bearer, String address) {
        if (bearer != null) {
            return Uni.createFrom()
                    .item(() -> operator(bearer));
        }
        if (apiKey == null || apiKey.isEmpty()) {
            return Uni.createFrom()
                    .item(Client.anonymous(address, config.anonymousMayGenerate()));
        }
        String hash = fullHash(apiKey);
        Cached cached = cache.get(hash);
        if (cached != null && cached.expiresAtNanos - System.nanoTime() > 0) {
            return Uni.createFrom()
                    .item(cached.client);
        }
        return repository.findUsable(hash)
                .map(found -> {
                    ApiKeyEntity entity = found.orElseThrow(ClientAccessException::unknownKey);
                    Client client = toClient(entity);
                    if (cache.size() >= MAX_CACHED) {
                        cache.clear();
                    }
                    cache.put(hash, new Cached(client, System.nanoTime() + config.keyCacheTtl()
                            .toNanos()));
                    return client;
                });
    }

    private Client operator(String bearer) {
        String token = admin.token()
                .filter(configured -> !configured.isBlank())
                .orElseThrow(AdminAccessException::disabled);
        // Constant time, so that response times do not reveal how much of a guessed token was right.
        if (!MessageDigest.isEqual(bearer.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw AdminAccessException.unauthorized();
        }
        return Client.operator();
    }

    /** Issues a key; its secret is in the answer and nowhere else. */
    public Uni<IssuedApiKey> issue(String name, List<String> scopeNames, ClientLimits limits) {
        return Uncancellable.transaction(() -> issueNew(name, scopeNames, limits));
    }

    private Uni<IssuedApiKey> issueNew(String name, List<String> scopeNames, ClientLimits limits) {
        String checkedName = checkedName(name);
        Set<Scope> scopes = checkedScopes(scopeNames);
        ClientLimits checkedLimits = checkedLimits(limits == null ? ClientLimits.DEFAULTS : limits);
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = KEY_PREFIX + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(bytes);
        ApiKeyEntity entity = new ApiKeyEntity();
        entity.name = checkedName;
        entity.keyHash = fullHash(secret);
        entity.scopes = scopes.stream()
                .map(Scope::wireName)
                .collect(Collectors.joining(","));
        entity.generationRequests = checkedLimits.generationRequests();
        entity.apiRequests = checkedLimits.apiRequests();
        entity.statusChecks = checkedLimits.statusChecks();
        return repository.persistAndFlush(entity)
                .map(stored -> new IssuedApiKey(toKey(stored), secret));
    }

    /** Every key issued, revoked ones included, oldest first. */
    public Uni<List<ApiKey>> list() {
        return repository.listAll()
                .map(all -> all.stream()
                        .map(ApiKeyService::toKey)
                        .toList());
    }

    /**
     * Revokes a key: refused at once on this replica, within lottery.clients.key-cache-ttl on the others. Revoking a
     * revoked key changes nothing.
     */
    public Uni<ApiKey> revoke(String keyId) {
        return Uncancellable.transaction(() -> revokeNow(keyId));
    }

    private Uni<ApiKey> revokeNow(String keyId) {
        UUID id = checkedId(keyId);
        return repository.findById(id)
                .map(found -> {
                    if (found == null) {
                        throw new ApiKeyNotFoundException(keyId);
                    }
                    if (found.revokedAt == null) {
                        found.revokedAt = Instant.now();
                    }
                    String clientId = "key:" + id;
                    cache.values()
                            .removeIf(cached -> cached.client.id()
                                    .equals(clientId));
                    return toKey(found);
                });
    }

    private static UUID checkedId(String keyId) {
        try {
            if (keyId != null && keyId.length() == 36) {
                return UUID.fromString(keyId);
            }
        } catch (IllegalArgumentException e) {
            // Reported below as an unknown key.
        }
        throw new ApiKeyNotFoundException(keyId);
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH || stripped.codePoints()
                .anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST,
                    "name must be 1 to %d characters without control characters".formatted(MAX_NAME_LENGTH), Map.of(
                            "field", "name"));
        }
        return stripped;
    }

    private static Set<Scope> checkedScopes(List<String> names) {
        List<String> allowed = Arrays.stream(Scope.values())
                .map(Scope::wireName)
                .toList();
        if (names == null || names.isEmpty()) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, "scopes must name at least one of "
                    + allowed, Map.of("field", "scopes", "allowed", allowed));
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : names) {
            scopes.add(Scope.fromWireName(name)
                    .orElseThrow(() -> new InvalidRequestException(ErrorCode.INVALID_REQUEST,
                            "Unknown scope '%s'; scopes are %s".formatted(name == null ? "null"
                                    : name.length() > 20 ? name.substring(0, 20) + "…" : name, allowed),
                            Map.of(
                                    "field", "scopes", "allowed", allowed))));
        }
        return scopes;
    }

    private static ClientLimits checkedLimits(ClientLimits limits) {
        Map<String, Integer> given = new LinkedHashMap<>();
        given.put("generationRequests", limits.generationRequests());
        given.put("apiRequests", limits.apiRequests());
        given.put("statusChecks", limits.statusChecks());
        given.forEach((field, value) -> {
            if (value != null && (value < 1 || value > MAX_LIMIT)) {
                throw new InvalidRequestException(ErrorCode.INVALID_REQUEST,
                        "limits.%s must be between 1 and %d, got %d".formatted(field, MAX_LIMIT, value), Map.of(
                                "field", "limits." + field));
            }
        });
        return limits;
    }

    private static Client toClient(ApiKeyEntity entity) {
        return Client.key(entity.id, entity.name, scopesOf(entity), limitsOf(entity));
    }

    private static ApiKey toKey(ApiKeyEntity entity) {
        return new ApiKey(entity.id, entity.name, scopesOf(entity), limitsOf(entity), entity.createdAt,
                entity.revokedAt);
    }

    private static Set<Scope> scopesOf(ApiKeyEntity entity) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : entity.scopes.split(",")) {
            Scope.fromWireName(name)
                    .ifPresent(scopes::add);
        }
        return scopes;
    }

    private static ClientLimits limitsOf(ApiKeyEntity entity) {
        return new ClientLimits(entity.generationRequests, entity.apiRequests, entity.statusChecks);
    }

    private static String fullHash(String secret) {
        return HexFormat.of()
                .formatHex(Client.sha256(secret));
    }
}
