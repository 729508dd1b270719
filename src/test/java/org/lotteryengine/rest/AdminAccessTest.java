package org.lotteryengine.rest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lotteryengine.error.AdminAccessException;
import org.lotteryengine.error.ErrorCode;

/**
 * Without a configured token the admin endpoints refuse everyone, whatever they send.
 */
class AdminAccessTest {

    @Test
    void noConfiguredTokenRefusesEveryCaller() {
        for (Optional<String> token : java.util.List.of(Optional.<String> empty(), Optional.of(" "))) {
            AdminResource admin = new AdminResource(() -> token, null, null);
            for (String header : new String[] { null, "Bearer ", "Bearer  ", "Bearer anything" }) {
                assertThatThrownBy(() -> admin.cleanSessions(header)).isInstanceOfSatisfying(AdminAccessException.class,
                        refused -> {
                            org.assertj.core.api.Assertions.assertThat(refused.errorCode())
                                    .isEqualTo(ErrorCode.ADMIN_DISABLED);
                            org.assertj.core.api.Assertions.assertThat(refused.httpStatus())
                                    .isEqualTo(403);
                        });
                for (boolean staleOnly : new boolean[] { false, true }) {
                    assertThatThrownBy(() -> admin.refreshPatterns(header, staleOnly)).isInstanceOf(
                            AdminAccessException.class)
                            .hasMessage("Admin endpoints are disabled: no lottery.admin.token is configured");
                }
            }
        }
    }
}
