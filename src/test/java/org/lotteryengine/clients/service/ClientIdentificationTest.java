package org.lotteryengine.clients.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lotteryengine.platform.config.ClientsConfig;
import org.lotteryengine.platform.error.AdminAccessException;
import org.lotteryengine.platform.error.ErrorCode;

/**
 * Who a client is, without a database: the admin token, anonymous clients, and what each may do.
 */
class ClientIdentificationTest {

    // A proxy, not an anonymous class: Quarkus would take a class implementing the mapping's validated methods for a
    // bean of its own.
    private static final ClientsConfig CLIENTS = (ClientsConfig) Proxy.newProxyInstance(ClientsConfig.class
            .getClassLoader(), new Class<?>[] { ClientsConfig.class },
            (proxy, method, arguments) -> switch (method
                    .getName()) {
                case "keyCacheTtl" -> Duration.ofSeconds(30);
                case "anonymousMayGenerate" -> true;
                case "maxActiveGenerations" -> 2;
                case "trustedProxies" -> Optional.of(List.of("10.1.2.0/24", "192.0.2.7", "::1"));
                default -> throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void withoutAConfiguredTokenEveryBearerIsRefused() {
        for (Optional<String> token : List.of(Optional.<String> empty(), Optional.of(" "))) {
            ApiKeyService keys = new ApiKeyService(null, CLIENTS, () -> token);
            for (String bearer : new String[] { "", " ", "anything", "test-admin-token" }) {
                assertThatThrownBy(() -> keys.identify(null, bearer, "127.0.0.1")
                        .await()
                        .indefinitely()).isInstanceOfSatisfying(AdminAccessException.class, refused -> {
                            assertThat(refused.errorCode()).isEqualTo(ErrorCode.ADMIN_DISABLED);
                            assertThat(refused.httpStatus()).isEqualTo(403);
                            assertThat(refused.getMessage()).isEqualTo(
                                    "Admin tokens are disabled: no lottery.admin.token is configured");
                        });
            }
        }
    }

    @Test
    void theAdminTokenIsTheOperatorWithEveryScopeAndAnyOtherBearerIs401() {
        ApiKeyService keys = new ApiKeyService(null, CLIENTS, () -> Optional.of("secret-token"));
        Client operator = keys.identify(null, "secret-token", "127.0.0.1")
                .await()
                .indefinitely();
        assertThat(operator.id()).isEqualTo(Client.OPERATOR);
        assertThat(operator.scopes()).containsExactlyInAnyOrder(Scope.values());
        assertThatThrownBy(() -> keys.identify(null, "secret-tokeN", "127.0.0.1")
                .await()
                .indefinitely()).isInstanceOfSatisfying(AdminAccessException.class,
                        refused -> assertThat(refused
                                .errorCode()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }

    @Test
    void anonymousClientsAreTheirAddressesHashedAndMayOnlyGenerate() {
        ApiKeyService keys = new ApiKeyService(null, CLIENTS, Optional::empty);
        Client anonymous = keys.identify(null, null, "203.0.113.7")
                .await()
                .indefinitely();
        assertThat(anonymous.id()).startsWith("address:")
                .doesNotContain("203.0.113.7")
                .hasSize("address:".length() + 32);
        assertThat(anonymous.identified()).isFalse();
        assertThat(anonymous.has(Scope.GENERATE)).isTrue();
        assertThat(anonymous.has(Scope.WRITE_DRAWS)).isFalse();
        assertThat(anonymous.has(Scope.ADMIN)).isFalse();
        assertThat(keys.identify("", null, "203.0.113.7")
                .await()
                .indefinitely()).isEqualTo(anonymous);
        assertThat(keys.identify(null, null, "203.0.113.8")
                .await()
                .indefinitely()
                .id()).isNotEqualTo(anonymous.id());
    }

    @Test
    void aSessionIsSeenByItsOwnerAndAdministratorsOnly() {
        Client owner = Client.key(UUID.randomUUID(), "owner", Set.of(Scope.GENERATE), ClientLimits.DEFAULTS);
        Client other = Client.key(UUID.randomUUID(), "other", Set.of(Scope.GENERATE, Scope.WRITE_DRAWS),
                ClientLimits.DEFAULTS);
        Client admin = Client.key(UUID.randomUUID(), "admin", Set.of(Scope.ADMIN), ClientLimits.DEFAULTS);
        assertThat(owner.owns(owner.id())).isTrue();
        assertThat(other.owns(owner.id())).isFalse();
        assertThat(admin.owns(owner.id())).isTrue();
        // Sessions stored before owners were kept belong to nobody but administrators.
        assertThat(owner.owns(null)).isFalse();
        assertThat(admin.owns(null)).isTrue();
        assertThat(admin.has(Scope.WRITE_DRAWS)).isTrue();
    }

    @Test
    void aClientIsTheRightMostForwardedAddressThatNoTrustedProxyWrote() {
        ClientAddresses addresses = new ClientAddresses(CLIENTS);
        // Not from a trusted proxy: the header is ignored, whatever it says.
        assertThat(addresses.resolve("203.0.113.9", List.of("198.51.100.7"))).isEqualTo("203.0.113.9");
        // From the ingress: the address it saw connect, never the left-most value, which the client wrote (once, a
        // client chose its own rate-limit identity this way).
        assertThat(addresses.resolve("10.1.2.3", List.of("6.6.6.6, 198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(addresses.resolve("10.1.2.3", List.of("6.6.6.6", "198.51.100.7"))).isEqualTo("198.51.100.7");
        // Through two trusted proxies, with ports, over IPv6.
        assertThat(addresses.resolve("10.1.2.3", List.of("198.51.100.7:4711, 192.0.2.7"))).isEqualTo("198.51.100.7");
        assertThat(addresses.resolve("::1", List.of("[2001:db8::1]:80"))).isEqualTo("2001:db8:0:0:0:0:0:1");
        // Names are never looked up; what a trusted proxy did not write falls back to the proxy nearest the client.
        assertThat(addresses.resolve("10.1.2.3", List.of("evil.example, 198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(addresses.resolve("10.1.2.3", List.of("198.51.100.7, not-an-address"))).isEqualTo("10.1.2.3");
        assertThat(addresses.resolve("10.1.2.3", List.of("192.0.2.7"))).isEqualTo("192.0.2.7");
        assertThat(addresses.resolve("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
    }
}
