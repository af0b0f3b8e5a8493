package no.smertereg.web;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The key a client address is counted under in {@link RequestLimits}: an IPv4 address as it is, an IPv6 address as
 * its /64 prefix. A subscriber or a host usually gets a whole /64, so taking a new address from it gives no fresh
 * budget.
 */
public final class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%[\\w.-]+)?");
    private static final int PREFIX_GROUPS = 4;

    private ClientAddress() {
    }

    /** The limit key of an address as {@code ServletRequest.getRemoteAddr()} gives it; anything else unchanged. */
    public static String limitKey(String address) {
        if (address == null || address.indexOf(':') < 0 || !IP_LITERAL.matcher(address).matches()) {
            return address;
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(address); // a literal with a colon: parsed, never looked up
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
        if (parsed instanceof Inet4Address mapped) {
            return mapped.getHostAddress(); // IPv4-mapped: ::ffff:192.0.2.1
        }
        byte[] bytes = parsed.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int group = 0; group < PREFIX_GROUPS; group++) {
            prefix.append(Integer.toHexString((bytes[2 * group] & 0xff) << 8 | bytes[2 * group + 1] & 0xff))
                    .append(':');
        }
        return prefix.append(":/64").toString();
    }
}
