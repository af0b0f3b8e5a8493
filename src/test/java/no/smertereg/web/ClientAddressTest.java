package no.smertereg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Client addresses as limit keys: IPv4 as it is, IPv6 by its /64, so a new address in the same /64 counts on. */
class ClientAddressTest {

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertThat(ClientAddress.limitKey("192.0.2.17")).isEqualTo("192.0.2.17");
        assertThat(ClientAddress.limitKey("192.0.2.18")).isNotEqualTo(ClientAddress.limitKey("192.0.2.17"));
    }

    @Test
    void everyIpv6AddressOfA64CountsUnderOneKey_another64UnderAnother() {
        String key = ClientAddress.limitKey("2001:db8:85a3:8d3:1319:8a2e:370:7348");

        assertThat(key).isEqualTo("2001:db8:85a3:8d3::/64");
        assertThat(ClientAddress.limitKey("2001:db8:85a3:8d3::1")).isEqualTo(key);
        assertThat(ClientAddress.limitKey("2001:0DB8:85A3:08D3:ffff:ffff:ffff:ffff")).isEqualTo(key);
        assertThat(ClientAddress.limitKey("2001:db8:85a3:8d4::1")).isEqualTo("2001:db8:85a3:8d4::/64");
    }

    @Test
    void tomcatsFormsOfLoopbackScopedAndMappedAddresses() {
        assertThat(ClientAddress.limitKey("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
        assertThat(ClientAddress.limitKey("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
        assertThat(ClientAddress.limitKey("::ffff:192.0.2.17")).isEqualTo("192.0.2.17");
        assertThat(ClientAddress.limitKey("::ffff:c000:211")).isEqualTo("192.0.2.17");
    }

    @Test
    void whatIsNoAddressIsLeftAsItIs_andNeverLookedUp() {
        assertThat(ClientAddress.limitKey("localhost")).isEqualTo("localhost");
        assertThat(ClientAddress.limitKey("not:an:address")).isEqualTo("not:an:address");
        assertThat(ClientAddress.limitKey("1:2:3:4:5:6:7:8:9")).isEqualTo("1:2:3:4:5:6:7:8:9");
        assertThat(ClientAddress.limitKey("")).isEmpty();
    }
}
