package org.lotteryengine.clients.service;

/**
 * A key's own limits per window; a null limit is the configured default (lottery.rate-limits.*).
 */
public record ClientLimits(Integer generationRequests, Integer apiRequests, Integer statusChecks) {

    public static final ClientLimits DEFAULTS = new ClientLimits(null, null, null);
}
