package org.lotteryengine.clients.service;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.platform.config.ClientsConfig;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;

/**
 * The address an anonymous client is counted by. Quarkus' own forwarding support takes the left-most
 * {@code X-Forwarded-For} value, which the client writes itself; this takes the right-most one that no trusted proxy
 * wrote (lottery.clients.trusted-proxies), so that a client behind an ingress cannot choose its own identity. Netty's
 * subnet rules match the CIDRs, and only address literals are read: a name in the header is never looked up.
 */
@ApplicationScoped
public class ClientAddresses {

    private final List<IpSubnetFilterRule> trusted = new ArrayList<>();

    ClientAddresses(ClientsConfig config) {
        for (String proxy : config.trustedProxies()
                .orElse(List.of())) {
            String range = proxy.strip();
            int slash = range.indexOf('/');
            String address = slash < 0 ? range : range.substring(0, slash);
            InetAddress literal = NetUtil.createInetAddressFromIpAddressString(unbracketed(address));
            if (literal == null) {
                throw new IllegalArgumentException(
                        "lottery.clients.trusted-proxies: '%s' is not an address or CIDR".formatted(range));
            }
            int bits = literal.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(range.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException(
                        "lottery.clients.trusted-proxies: '%s' has a prefix outside 0..%d".formatted(range, bits));
            }
            trusted.add(new IpSubnetFilterRule(literal, prefix, IpFilterRuleType.ACCEPT));
        }
    }

    /**
     * @param peer the address the connection comes from
     * @param forwardedFor every X-Forwarded-For header value, in order (empty when none)
     * @return the client's address as text
     */
    public String resolve(String peer, List<String> forwardedFor) {
        InetAddress connected = NetUtil.createInetAddressFromIpAddressString(unbracketed(peer));
        if (connected == null || !isTrusted(connected)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        String leftmostTrusted = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = NetUtil.createInetAddressFromIpAddressString(unbracketed(withoutPort(hops.get(i))));
            if (hop == null) {
                // A trusted proxy writes addresses: anything else came from the client's side of the chain.
                return leftmostTrusted;
            }
            if (!isTrusted(hop)) {
                return hop.getHostAddress();
            }
            leftmostTrusted = hop.getHostAddress();
        }
        return leftmostTrusted;
    }

    private boolean isTrusted(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        for (IpSubnetFilterRule rule : trusted) {
            if (rule.matches(socket)) {
                return true;
            }
        }
        return false;
    }

    private static String unbracketed(String address) {
        return address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
    }

    /** 192.0.2.1:4711 and [2001:db8::1]:4711 without their ports; a bare IPv6 address as it is. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int close = hop.indexOf(']');
            return close < 0 ? hop : hop.substring(0, close + 1);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && hop.indexOf(':', colon + 1) < 0 ? hop.substring(0, colon) : hop;
    }
}
