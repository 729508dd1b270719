package org.lotteryengine.clients.service;

/**
 * A key just issued, with the secret its holder sends as {@code X-API-Key}. The service keeps only its hash, so
 * this is the only time the secret can be read.
 */
public record IssuedApiKey(ApiKey key, String secret) {
}
