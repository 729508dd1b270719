package org.lotteryengine.clients.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

/**
 * Who sent a request, as every limit and ownership check sees it.
 *
 * @param id what limits are counted by and sessions are owned by: {@code key:<key id>}, {@code address:<hash>} or
 *        {@code operator}; never a key or an address itself (spec 14.3)
 * @param name the key's name, for logs and errors; null for anonymous clients
 * @param scopes what the client may do
 * @param limits its own limits, else the configured ones
 */
public record Client(String id, String name, Set<Scope> scopes, ClientLimits limits) {

    /** Who holds the admin token ({@code Authorization: Bearer}): every scope. */
    public static final String OPERATOR = "operator";

    public Client {
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    public static Client anonymous(String address, boolean mayGenerate) {
        return new Client("address:" + hash(address), null, mayGenerate ? Set.of(Scope.GENERATE) : Set.of(),
                ClientLimits.DEFAULTS);
    }

    public static Client operator() {
        return new Client(OPERATOR, OPERATOR, EnumSet.allOf(Scope.class), ClientLimits.DEFAULTS);
    }

    public static Client key(UUID keyId, String name, Set<Scope> scopes, ClientLimits limits) {
        return new Client("key:" + keyId, name, scopes, limits);
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope) || scopes.contains(Scope.ADMIN);
    }

    /** Whether the client sent a credential (a key or the admin token). */
    public boolean identified() {
        return !id.startsWith("address:");
    }

    /** Whether the client may see and change a session of this owner. */
    public boolean owns(String owner) {
        return has(Scope.ADMIN) || id.equals(owner);
    }

    /** Hex SHA-256, 32 characters: enough to tell clients apart, and no address can be read back from it. */
    static String hash(String text) {
        return HexFormat.of()
                .formatHex(sha256(text), 0, 16);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
