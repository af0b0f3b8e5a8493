package no.smertereg.access;

import java.time.Duration;

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

    public Duration getAddressWindow() {
        return addressWindow;
    }

    public void setAddressWindow(Duration addressWindow) {
        this.addressWindow = addressWindow;
    }
}
