package storygraph.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import sun.misc.Signal;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, bound to loopback.
 *
 * Usage: java -jar neo4j-launcher.jar --port 7687 --data ./.neo4j/data --password-file FILE
 *          [--page-cache 128m] [--transaction-timeout 60s] [--exit-with-parent]
 * Prints exactly one line starting with "NEO4J_READY" once Bolt accepts connections;
 * the Node wrappers wait for that line. SIGTERM/SIGINT shut the store down cleanly.
 * Bolt requires the user "neo4j" with the password in FILE (the Node side generates it, mode 0600).
 */
public final class EmbeddedNeo4j {
    private static final String HOST = "127.0.0.1";
    static final int EXIT_BAD_ARGS = 64;
    static final int EXIT_PORT_TAKEN = 65;
    static final int EXIT_START_FAILED = 70;

    public static void main(String[] args) throws Exception {
        int port = 7687;
        Path data = Path.of(".neo4j", "data");
        String pageCache = "128m";
        Path passwordFile = null;
        // A transaction nobody waits for must not hold locks and CPU forever: Neo4j's default is no limit.
        Duration transactionTimeout = Duration.ofSeconds(60);
        boolean watchStdin = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--port" -> { port = parsePort(value); i++; }
                case "--data" -> { data = Path.of(require(arg, value)); i++; }
                case "--page-cache" -> { pageCache = require(arg, value); i++; }
                case "--password-file" -> { passwordFile = Path.of(require(arg, value)); i++; }
                case "--transaction-timeout" -> { transactionTimeout = parseDuration(arg, value); i++; }
                case "--exit-with-parent" -> watchStdin = true;
                default -> fail(EXIT_BAD_ARGS, "unknown argument " + arg + " (expected --port N --data DIR --password-file FILE [--page-cache SIZE] [--transaction-timeout 60s] [--exit-with-parent])");
            }
        }
        if (passwordFile == null) fail(EXIT_BAD_ARGS, "--password-file is required: Bolt never runs without authentication");
        String password = readPassword(passwordFile);

        // Neo4j would otherwise fail deep inside Netty with a bind stack trace; a taken port is a user error.
        if (!portIsFree(port)) {
            fail(EXIT_PORT_TAKEN, "port " + port + " on " + HOST + " is already in use; choose another with --port (NEO4J_EMBEDDED_PORT)");
        }

        long started = System.nanoTime();
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean shutdownStarted = new AtomicBoolean(false);
        Runnable shutdown = () -> {
            if (!shutdownStarted.compareAndSet(false, true)) return;
            DatabaseManagementService dbmsStarted = running.get();
            if (dbmsStarted != null) {
                System.err.println("neo4j-launcher: shutting down");
                dbmsStarted.shutdown();
                System.err.println("neo4j-launcher: store closed");
            }
            stopped.countDown();
        };
        if (watchStdin) {
            // The parent holds our stdin open; when it dies (even by SIGKILL) the pipe closes and we stop,
            // so a crashed test run never leaves a Neo4j behind. Watched from the start: a parent that
            // dies while Neo4j is still starting (minutes on a busy machine) must not leave it running.
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() != -1) { /* drain */ }
                } catch (IOException ignored) {
                    // a broken pipe means the same thing as EOF
                }
                shutdown.run();
                System.exit(0);
            }, "parent-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }

        DatabaseManagementService dbms;
        try {
            InitialPassword.writeInitialUser(data.toAbsolutePath(), password);
            dbms = new DatabaseManagementServiceBuilder(data.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                    // Bolt waits 5 s twice on shutdown by default; clients here close their connections
                    // first, so a short wait keeps SIGTERM-to-exit well under 10 s.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
            running.set(dbms);
            InitialPassword.ensure(dbms, data.toAbsolutePath(), password);
        } catch (RuntimeException | IOException e) {
            fail(EXIT_START_FAILED, "Neo4j failed to start: " + e.getMessage());
            return;
        }

        // A requested stop is a success: handle TERM/INT ourselves so the process exits 0, not 143.
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> new Thread(() -> {
                shutdown.run();
                System.exit(0);
            }, "neo4j-signal-" + name).start());
        }
        // Any other JVM exit (System.exit elsewhere, HUP) still closes the store.
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "neo4j-shutdown"));

        waitForBolt(port, Duration.ofSeconds(60));
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("NEO4J_READY bolt://" + HOST + ":" + port + " data=" + data.toAbsolutePath() + " startup_ms=" + ms);
        System.out.flush();
        stopped.await();
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(require("--port", value));
            if (port < 1 || port > 65535) throw new NumberFormatException();
            return port;
        } catch (NumberFormatException e) {
            fail(EXIT_BAD_ARGS, "--port must be a number from 1 to 65535, got " + value);
            return -1;
        }
    }

    /** "60s", "500ms", "2m" or "0" (no limit), like Neo4j's own duration settings. */
    private static Duration parseDuration(String arg, String value) {
        var match = java.util.regex.Pattern.compile("(\\d+)(ms|s|m)?").matcher(require(arg, value));
        if (!match.matches()) fail(EXIT_BAD_ARGS, arg + " must be a duration such as 60s, 500ms or 2m, got " + value);
        long amount = Long.parseLong(match.group(1));
        String unit = match.group(2) == null ? "s" : match.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private static String readPassword(Path file) {
        try {
            String password = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (password.length() < 8) fail(EXIT_BAD_ARGS, "the password in " + file + " is shorter than 8 characters");
            return password;
        } catch (IOException e) {
            fail(EXIT_BAD_ARGS, "cannot read the password file " + file + ": " + e.getMessage());
            return null;
        }
    }

    private static String require(String arg, String value) {
        if (value == null || value.startsWith("--")) fail(EXIT_BAD_ARGS, arg + " needs a value");
        return value;
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Like Netty: TIME_WAIT leftovers of a previous run must not count as "taken", a listener must.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitForBolt(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        fail(EXIT_START_FAILED, "Bolt did not accept connections on port " + port + " within " + timeout.toSeconds() + " s");
    }

    private static void fail(int code, String message) {
        System.err.println("neo4j-launcher: " + message);
        System.exit(code);
    }
}
