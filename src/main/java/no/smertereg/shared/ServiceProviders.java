package no.smertereg.shared;

/**
 * Names a JVM-wide service provider that a library otherwise looks up with a {@link java.util.ServiceLoader}, which
 * reads the service files of every jar on the class path, on each use: jakarta.mail for each header and body part it
 * encodes, the engine's duration parser (javax.xml's datatype factory) for each timer it plans. With the provider
 * named, the lookup is one class load. A provider named by the operator (a {@code -D} option) is kept.
 */
public final class ServiceProviders {

    private ServiceProviders() {
    }

    /** Names {@code provider} for {@code service} when it is on the class path and no provider is named yet. */
    public static void pin(String service, String provider) {
        if (System.getProperty(service) != null) {
            return;
        }
        try {
            Class.forName(provider, false, ServiceProviders.class.getClassLoader());
            System.setProperty(service, provider);
        } catch (ClassNotFoundException | LinkageError absent) {
            // not on this class path: the library keeps looking it up
        }
    }
}
