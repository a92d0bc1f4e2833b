package io.simbase.server.rig;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where students' own PLCs may connect: the port range sessions take their own Modbus TCP port
 * from ({@code serve --plc-ports}) and the networks allowed to connect at all ({@code serve
 * --plc-allow}, any when none is given). Subnet matching is Netty's {@link IpSubnetFilterRule}.
 * Immutable, thread-safe; {@link #admits} allocates nothing.
 *
 * @param firstPort first port of the range
 * @param lastPort  last port of the range (inclusive)
 * @param allow     allowed networks; empty: any address
 * @param allowText the networks as given, for messages
 */
public record OwnPlcPolicy(int firstPort, int lastPort, List<IpSubnetFilterRule> allow, List<String> allowText) {
    /** DESIGN.md's default range. */
    public static final String DEFAULT_PORTS = "5100-5199";

    public OwnPlcPolicy {
        allow = List.copyOf(allow);
        allowText = List.copyOf(allowText);
    }

    /** The defaults: ports 5100-5199, any address. */
    public static OwnPlcPolicy defaults() {
        return parse(DEFAULT_PORTS, List.of());
    }

    /**
     * Parses {@code FIRST-LAST} (or one port) and CIDR networks ({@code 10.0.0.0/8}, {@code
     * fd00::/8}, or one address).
     *
     * @throws IllegalArgumentException one line naming the bad value
     */
    public static OwnPlcPolicy parse(String ports, List<String> cidrs) {
        int first;
        int last;
        try {
            String[] p = ports.trim().split("-", -1);
            if (p.length > 2) {
                throw new NumberFormatException();
            }
            first = Integer.parseInt(p[0].trim());
            last = p.length == 2 ? Integer.parseInt(p[1].trim()) : first;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--plc-ports must be FIRST-LAST (e.g. " + DEFAULT_PORTS + "), got '" + ports + "'");
        }
        if (first < 1 || last > 65535 || first > last) {
            throw new IllegalArgumentException("--plc-ports must be a range within 1-65535 with FIRST <= LAST, got '" + ports + "'");
        }
        List<IpSubnetFilterRule> rules = new ArrayList<>();
        for (String c : cidrs) {
            rules.add(rule(c));
        }
        return new OwnPlcPolicy(first, last, rules, cidrs);
    }

    private static IpSubnetFilterRule rule(String cidr) {
        String text = cidr.trim();
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        // A literal address only: no name lookups for a network rule.
        if (host.isEmpty() || !host.matches("[0-9A-Fa-f.:]+")) {
            throw new IllegalArgumentException("--plc-allow must be an address or CIDR network like 10.0.0.0/8, got '" + cidr + "'");
        }
        try {
            InetAddress a = InetAddress.getByName(host);
            int max = a.getAddress().length * 8;
            int prefix = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > max) {
                throw new NumberFormatException();
            }
            return new IpSubnetFilterRule(a, prefix, IpFilterRuleType.ACCEPT);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("--plc-allow must be an address or CIDR network like 10.0.0.0/8, got '" + cidr + "'");
        }
    }

    /** Whether a peer at {@code remote} may connect at all. */
    public boolean admits(InetSocketAddress remote) {
        if (allow.isEmpty()) {
            return true;
        }
        for (IpSubnetFilterRule r : allow) {
            if (r.matches(remote)) {
                return true;
            }
        }
        return false;
    }

    /** For messages: "any address" or the networks. */
    public String describeAllowed() {
        return allow.isEmpty() ? "any address" : String.join(", ", allowText);
    }
}
