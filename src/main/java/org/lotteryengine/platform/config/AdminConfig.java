package org.lotteryengine.platform.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The admin endpoints ({@code /api/v2/admin/...}), which run maintenance on demand.
 */
@ConfigMapping(prefix = "lottery.admin")
public interface AdminConfig {

    /**
     * The token the admin endpoints require as {@code Authorization: Bearer <token>} (environment variable
     * {@code LOTTERY_ADMIN_TOKEN}). Unset, the default: the admin endpoints answer 403 to everyone.
     */
    Optional<String> token();
}
