package org.lotteryengine.clients.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A client that is not a trusted proxy cannot pick its own rate-limit identity by sending X-Forwarded-For: the header
 * is ignored and the connection's address is counted.
 */
@QuarkusTest
@TestProfile(UntrustedForwardingTest.OtherTrustedProxy.class)
class UntrustedForwardingTest {

    /** Forwarding is on, as behind the trusted proxy, but only for a proxy at 192.0.2.10, which the test client is not. */
    public static class OtherTrustedProxy extends ForwardedClientAddressTest.BehindTrustedProxy {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("lottery.clients.trusted-proxies", "192.0.2.10");
            return overrides;
        }
    }

    @Test
    void forwardedAddressesFromAnUntrustedPeerShareThePeersLimit() {
        // Every request comes from loopback, whatever address it claims. Loopback may have spent part of its three
        // requests on earlier tests of this run, so count until the refusal: it must come within three.
        int answered = 0;
        int status;
        do {
            status = ForwardedClientAddressTest.lotteries(ForwardedClientAddressTest.someClientAddress());
            answered += status == 200 ? 1 : 0;
        } while (status == 200 && answered <= 3);
        assertThat(status).as("after %d answers under new claimed addresses", answered)
                .isEqualTo(429);
        assertThat(answered).isLessThanOrEqualTo(3);
        // A claimed address never seen before is still the same client.
        assertThat(ForwardedClientAddressTest.lotteries(ForwardedClientAddressTest.someClientAddress())).isEqualTo(429);
    }
}
