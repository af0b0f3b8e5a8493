package no.smertereg.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** A real SMTP server (GreenMail) for the integration tests, started once per test JVM on a free port. */
public class MailTestServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + server().getSmtp().getPort(),
                "registry.mail-relay-delay=PT1H").applyTo(context);
    }
}
