package govkg;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Runs Neo4j Community embedded, listening on loopback only, with Bolt and the
 * HTTP server (which serves Neo4j Browser from the classpath). Settings arrive as
 * system properties so the GovKG configuration stays the single source of truth;
 * settings that never vary (no telemetry, no outgoing Browser connections) come from
 * the file named by govkg.conf.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(required("govkg.home")).toAbsolutePath();
        String host = System.getProperty("govkg.host", "127.0.0.1");
        int boltPort = Integer.parseInt(required("govkg.bolt.port"));
        int httpPort = Integer.parseInt(required("govkg.http.port"));
        long pageCache = ByteUnit.parse(System.getProperty("govkg.pagecache", "256m"));

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        // Fixed settings kept as data (scripts/neo4j/neo4j.conf); the flags below win over them.
        String settingsFile = System.getProperty("govkg.conf");
        if (settingsFile != null && !settingsFile.isBlank()) {
            builder.loadPropertiesFromFile(Path.of(settingsFile));
        }
        DatabaseManagementService dbms = builder
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(host))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, boltPort))
                .setConfig(HttpConnector.enabled, true)
                .setConfig(HttpConnector.listen_address, new SocketAddress(host, httpPort))
                .setConfig(HttpConnector.advertised_address, new SocketAddress(host, httpPort))
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(ServerSettings.http_enabled_modules, EnumSet.allOf(ConfigurableServerModules.class))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .build();

        // The JVM's own threads may all be daemons; hold main until a signal asks us to stop.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("govkg: stopping Neo4j");
            dbms.shutdown();
            stopped.countDown();
        }, "govkg-neo4j-shutdown"));
        System.out.println("govkg: Neo4j ready, bolt://" + host + ":" + boltPort + " http://" + host + ":" + httpPort + "/browser/");
        stopped.await();
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing system property " + name);
        }
        return value;
    }
}
