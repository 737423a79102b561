package coopgraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * The embedded Neo4j behind `coopgraph neo4j start`: one DBMS under the given home
 * directory, reachable only through Bolt on 127.0.0.1 with authentication on.
 *
 * <p>Usage: {@code EmbeddedNeo4j HOME_DIR PORT PASSWORD_FILE [OWNER_PID]}. The password is
 * read from a file (never from the command line, where `ps` would show it) and set as the
 * `neo4j` user's password on every start, so the file stays the single source of truth.
 * The process runs until it receives SIGTERM, then shuts the DBMS down cleanly. With an
 * OWNER_PID (a test run) it also shuts down once that process is gone, so an interrupted
 * run leaves no stray JVM behind.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3 && args.length != 4) {
      System.err.println("usage: EmbeddedNeo4j HOME_DIR PORT PASSWORD_FILE [OWNER_PID]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).trim();

    DatabaseManagementService dbms =
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

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("coopgraph-neo4j: shutting down");
                  dbms.shutdown();
                  System.out.println("coopgraph-neo4j: stopped");
                  stopped.countDown();
                }));

    setPassword(dbms, password);
    System.out.println("coopgraph-neo4j: ready on bolt://127.0.0.1:" + port);
    if (args.length == 4) exitWithOwner(Long.parseLong(args[3]));
    stopped.await();
  }

  /** Exits (running the shutdown hook) once the owner process has ended. */
  private static void exitWithOwner(long ownerPid) {
    Thread watchdog =
        new Thread(
            () -> {
              while (ProcessHandle.of(ownerPid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                  Thread.sleep(2000);
                } catch (InterruptedException e) {
                  return;
                }
              }
              System.out.println("coopgraph-neo4j: owner process " + ownerPid + " is gone");
              System.exit(0);
            },
            "coopgraph-owner-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  /**
   * Makes the file's password the `neo4j` user's, without the change-on-first-login
   * requirement (drivers cannot answer it). The embedded API runs with full rights,
   * so this works before any password is known.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) throws IOException {
    try {
      dbms.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to the one already set; that is the normal restart case.
      String message = String.valueOf(e.getMessage());
      if (!message.contains("Old password and new password cannot be the same")) throw e;
    }
  }
}
