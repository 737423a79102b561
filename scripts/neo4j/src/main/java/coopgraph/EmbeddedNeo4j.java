package coopgraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * The embedded Neo4j behind coopgraph: one DBMS under the given home directory, reachable
 * only through Bolt on 127.0.0.1 with authentication on.
 *
 * <p>Usage: {@code EmbeddedNeo4j HOME_DIR PORT PASSWORD_FILE}. The password is read from a file
 * (never from the command line, where `ps` would show it) and set as the `neo4j` user's password
 * on every start, so the file stays the single source of truth. SIGTERM shuts the DBMS down
 * cleanly.
 *
 * <p>Lifetime: the process that starts the launcher holds its standard input open through a
 * pipe; the pipe closes when that process ends, however it ends (kill -9 included). From then
 * on the launcher keeps running only while it is still needed: while {@code HOME_DIR/keep-running}
 * exists (`coopgraph neo4j start`, or a command that leaves it running on purpose) or while a
 * process listed in {@code HOME_DIR/owners/} (one empty file per pid: the starter and every
 * command that attached to the running instance) is alive; the starter's own entry no longer
 * counts once its pipe has closed. Otherwise it shuts down, so no JVM outlives its users.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  /** How often the owners are checked once the starter is gone. */
  private static final long OWNER_POLL_MS = 500;

  /** Set once the DBMS is built; the shutdown hook may run before that (owner gone during start). */
  private static volatile DatabaseManagementService dbms;

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: EmbeddedNeo4j HOME_DIR PORT PASSWORD_FILE");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).trim();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  DatabaseManagementService running = dbms;
                  if (running != null) {
                    System.out.println("coopgraph-neo4j: shutting down");
                    running.shutdown();
                  }
                  System.out.println("coopgraph-neo4j: stopped");
                  stopped.countDown();
                }));
    // Watch from the first moment: an owner that dies while Neo4j starts must not leave it behind.
    watchOwners(home);

    dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // The page cache holds the store; too small and every query at 50,000 articles reads
            // through the OS (coopgraph passes the size; Neo4j allocates pages as they are used).
            .setConfig(
                GraphDatabaseSettings.pagecache_memory,
                ByteUnit.parse(System.getProperty("coopgraph.pagecache", "512m")))
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 256L * 1024 * 1024)
            // Only what recovery needs: nobody backs this database up incrementally, and kept
            // logs of a large load (hot relationships rewritten per batch) grew to gigabytes.
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "256M size")
            .build();

    setPassword(dbms, password);
    System.out.println("coopgraph-neo4j: ready on bolt://127.0.0.1:" + port);
    stopped.await();
  }

  /**
   * Waits for standard input to close (the starter is gone), then exits (running the shutdown
   * hook) as soon as nothing keeps the instance: no keep-running file and no live owner.
   */
  private static void watchOwners(Path home) {
    // Read now: once the starter is gone this process is reparented.
    long starter = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    Thread watchdog =
        new Thread(
            () -> {
              drainUntilClosed();
              while (isNeeded(home, starter)) {
                try {
                  Thread.sleep(OWNER_POLL_MS);
                } catch (InterruptedException e) {
                  return;
                }
              }
              System.out.println("coopgraph-neo4j: no process uses it any more");
              System.exit(0);
            },
            "coopgraph-owner-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  private static void drainUntilClosed() {
    byte[] buffer = new byte[256];
    try {
      while (System.in.read(buffer) >= 0) {
        // Nothing is sent; only the end of the stream matters.
      }
    } catch (IOException e) {
      // A broken pipe is a closed one.
    }
  }

  /** True while the keep-running file exists or a live process other than the starter is in owners/. */
  private static boolean isNeeded(Path home, long starter) {
    if (Files.exists(home.resolve("keep-running"))) return true;
    boolean anyAlive = false;
    try (DirectoryStream<Path> owners = Files.newDirectoryStream(home.resolve("owners"))) {
      for (Path owner : owners) {
        String pid = owner.getFileName().toString();
        if (pid.equals(Long.toString(starter))) continue;
        if (isAlive(pid)) {
          anyAlive = true;
        } else {
          Files.deleteIfExists(owner);
        }
      }
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      // Unreadable owners: keep running rather than pull the database from under a user.
      return true;
    }
    return anyAlive;
  }

  private static boolean isAlive(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Makes the file's password the `neo4j` user's, without the change-on-first-login
   * requirement (drivers cannot answer it). The embedded API runs with full rights,
   * so this works before any password is known.
   */
  private static void setPassword(DatabaseManagementService service, String password) throws IOException {
    try {
      service.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to the one already set; that is the normal restart case.
      String message = String.valueOf(e.getMessage());
      if (!message.contains("Old password and new password cannot be the same")) throw e;
    }
  }
}
