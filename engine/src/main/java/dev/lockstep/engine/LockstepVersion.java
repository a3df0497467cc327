package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apiguardian.api.API;

/**
 * The version of Lockstep on the classpath, as the build stamped it.
 *
 * <pre>{@code
 * String version = LockstepVersion.current(); // "0.1.0"
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class LockstepVersion {

    private static final String RESOURCE = "version.properties";
    private static final String CURRENT = load();

    private LockstepVersion() {}

    /**
     * Returns Lockstep's version, for example {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}.
     *
     * @return the version, never {@code null}
     */
    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = LockstepVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Lockstep's " + RESOURCE + " is missing from the engine jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Lockstep's " + RESOURCE + " cannot be read", e);
        }
    }
}
