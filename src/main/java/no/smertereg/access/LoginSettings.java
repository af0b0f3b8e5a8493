package no.smertereg.access;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** The login's limits ({@code registry.login.*}), read at each attempt. */
@Component
@ConfigurationProperties("registry.login")
public class LoginSettings {

    /** SMS codes one account can be sent in an hour. */
    private int codesPerHour = 5;
    /** Failed passwords and codes from one client address in {@link #addressWindow}. */
    private int failuresPerAddress = 20;
    private Duration addressWindow = Duration.ofMinutes(15);
    /**
     * Other budgets for named client addresses, e.g. a hospital's NAT address that all its staff log in from
     * ({@code registry.login.failures-per-address-for.[10.1.2.3]=200}; an IPv6 client by its /64).
     */
    private Map<String, Integer> failuresPerAddressFor = new HashMap<>();

    /** The failed tries allowed from this client (its address, an IPv6 one by its /64) in a window. */
    public int failuresAllowedFrom(String address) {
        return failuresPerAddressFor.getOrDefault(address, failuresPerAddress);
    }

    public int getCodesPerHour() {
        return codesPerHour;
    }

    public void setCodesPerHour(int codesPerHour) {
        this.codesPerHour = codesPerHour;
    }

    public int getFailuresPerAddress() {
        return failuresPerAddress;
    }

    public void setFailuresPerAddress(int failuresPerAddress) {
        this.failuresPerAddress = failuresPerAddress;
    }

    public Map<String, Integer> getFailuresPerAddressFor() {
        return failuresPerAddressFor;
    }

    public void setFailuresPerAddressFor(Map<String, Integer> failuresPerAddressFor) {
        this.failuresPerAddressFor = failuresPerAddressFor;
    }

    public Duration getAddressWindow() {
        return addressWindow;
    }

    public void setAddressWindow(Duration addressWindow) {
        this.addressWindow = addressWindow;
    }
}
