package org.lotteryengine.clients.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a client may do beyond reading and evaluating: each write to shared data, and each operator endpoint, needs
 * one of these.
 */
public enum Scope {
    /** Generate ticket sets (anonymous clients hold it unless lottery.clients.anonymous-may-generate is off). */
    GENERATE("generate"),
    /** Import draws into a game and delete them. */
    WRITE_DRAWS("write-draws"),
    /** Create and delete games, run maintenance, issue and revoke keys; work above the cost limit. */
    ADMIN("admin");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    /** The name in requests, responses and the {@code api_keys.scopes} column. */
    public String wireName() {
        return wireName;
    }

    public static Optional<Scope> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(scope -> scope.wireName.equals(name))
                .findFirst();
    }
}
