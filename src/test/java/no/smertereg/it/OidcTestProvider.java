package no.smertereg.it;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * A real OpenID Connect provider for the integration tests (Spring Authorization Server), started once per test JVM
 * on a free port at {@code localhost}: people log in on its own login page, and its ID tokens carry a HelseID-style
 * {@code hpr_number} claim and the login's level ({@code acr}). The application is pointed at it (registry.oidc.*) and reached at {@code 127.0.0.1}, as
 * the provider accepts a redirect to a loopback address on any port; the two hosts keep their cookies apart.
 */
public class OidcTestProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String CLIENT_ID = "smertereg-it";
    static final String CLIENT_SECRET = "integration-tests-oidc-client-secret";
    static final String PASSWORD = "provider-password-1";
    static final String CLAIM = "hpr_number";

    static final String LEVEL_CLAIM = "acr";
    static final String HIGH = "high";

    private static final Map<String, String> HPR_NUMBERS = new ConcurrentHashMap<>();
    private static final Map<String, String> LEVELS = new ConcurrentHashMap<>();
    private static AnnotationConfigServletWebServerApplicationContext provider;

    /** A person the provider knows, with a password on its login page, an HPR number if not null, level high. */
    static void person(String username, String hprNumber) {
        person(username, hprNumber, HIGH);
    }

    /** As above, logging in at this security level ({@code acr} in the ID token). */
    static void person(String username, String hprNumber, String level) {
        start();
        LEVELS.put(username, level);
        users().createUser(User.withUsername(username).password("{noop}" + PASSWORD).roles("PERSON").build());
        if (hprNumber != null) {
            HPR_NUMBERS.put(username, hprNumber);
        }
    }

    /** Where the provider sends the browser after its logout: exactly this address (the application's port). */
    static void allowLogoutReturnTo(String uri) {
        RegisteredClientRepository clients = provider.getBean(RegisteredClientRepository.class);
        clients.save(RegisteredClient.from(clients.findByClientId(CLIENT_ID)).postLogoutRedirectUri(uri).build());
    }

    static String issuer() {
        return "http://localhost:" + start().getWebServer().getPort();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("registry.oidc.enabled=true", "registry.oidc.label=Test-ID",
                "registry.oidc.issuer-uri=" + issuer(), "registry.oidc.client-id=" + CLIENT_ID,
                "registry.oidc.client-secret=" + CLIENT_SECRET, "registry.oidc.identifier-claim=" + CLAIM,
                "registry.oidc.level-claim=" + LEVEL_CLAIM, "registry.oidc.levels=" + HIGH)
                .applyTo(context);
    }

    private static InMemoryUserDetailsManager users() {
        return provider.getBean(InMemoryUserDetailsManager.class);
    }

    private static synchronized AnnotationConfigServletWebServerApplicationContext start() {
        if (provider == null) {
            provider = new AnnotationConfigServletWebServerApplicationContext(Provider.class);
        }
        return provider;
    }

    /** The provider's beans; not a {@code @Configuration}, so the application's component scan leaves it alone. */
    @EnableWebSecurity
    @EnableWebMvc
    static class Provider {

        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
            factory.getSession().getCookie().setName("PROVIDER_SESSION");
            return factory;
        }

        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }

        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain loginPage(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults()).build();
        }

        @Bean
        InMemoryUserDetailsManager people() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/oidc")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build()).build());
        }

        /** The HelseID-style identifier in the ID token, for people who have one. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> hprNumber() {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                String person = context.getPrincipal().getName();
                context.getClaims().claim(LEVEL_CLAIM, LEVELS.getOrDefault(person, HIGH));
                if (HPR_NUMBERS.containsKey(person)) {
                    context.getClaims().claim(CLAIM, HPR_NUMBERS.get(person));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate()).keyID(UUID.randomUUID().toString()).build()));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
