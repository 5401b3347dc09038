package de.nachlese;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The server the web, CLI-parity and security tests share: the whole application on a random port, with MockMvc bound
 * to the same context, serving the demo archive from one index folder. Every test class that carries this annotation
 * and nothing else that configures Spring gets the same cached context, so the server starts and indexes the demo once
 * per test JVM instead of once per class. A class that adds properties, a {@code @DynamicPropertySource} or beans
 * gets a context (and a server) of its own: do that only for settings a test really needs, and say why there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DemoServerTest.IndexFolder.class)
public @interface DemoServerTest {

    /**
     * Points {@code nachlese.index-dir} at one temporary folder per JVM. An initializer class rather than a
     * {@code @DynamicPropertySource} method: the context cache keys on the initializer's class, which every test shares,
     * but on a property-source method per declaring class.
     */
    final class IndexFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static final Path FOLDER = createFolder();

        /** The shared server's index folder, e.g. for a CLI run that reads it while the server holds it open. */
        public static Path path() {
            return FOLDER;
        }

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "demo-server-index", Map.of("nachlese.index-dir", FOLDER.toString())));
        }

        private static Path createFolder() {
            try {
                return Files.createTempDirectory("nachlese-demo-server");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
