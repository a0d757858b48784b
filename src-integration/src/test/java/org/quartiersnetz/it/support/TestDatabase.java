package org.quartiersnetz.it.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Gives each suite run an empty database of its own, named by QN_DB_URL (the same variable the
 * application reads): a PostgreSQL database is dropped and created anew, H2 files are removed.
 */
public final class TestDatabase {

    private static boolean prepared;

    private TestDatabase() {}

    public static synchronized void prepareOnce() {
        if (prepared) {
            return;
        }
        String url = System.getenv("QN_DB_URL");
        try {
            if (url == null) {
                throw new IllegalStateException("QN_DB_URL is not set; run the suite through Maven");
            } else if (url.startsWith("jdbc:postgresql:")) {
                recreatePostgresql(url);
            } else if (url.startsWith("jdbc:h2:file:")) {
                deleteH2Files(url);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not prepare the test database " + url, e);
        }
        prepared = true;
    }

    /**
     * Lets every token mailed to this address expire, as if its validity had passed
     * (PostgreSQL only: the H2 file is held open by Payara).
     */
    public static void expireTokensOf(String email) {
        try (Connection connection = connectToApplicationDatabase();
                var statement = connection.prepareStatement("UPDATE account_token SET expires_at = created_at"
                        + " WHERE account_id = (SELECT id FROM user_account WHERE email = ?)")) {
            statement.setString(1, email);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not age the tokens of " + email, e);
        }
    }

    /** Moves a slot to yesterday, as if it had taken place (PostgreSQL only, as above). */
    public static void moveSlotIntoThePast(long slotId) {
        try (Connection connection = connectToApplicationDatabase();
                var statement = connection.prepareStatement("UPDATE task_slot SET starts_at = NOW() - INTERVAL '1 day',"
                        + " ends_at = NOW() - INTERVAL '20 hours' WHERE id = ?")) {
            statement.setLong(1, slotId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not move slot " + slotId, e);
        }
    }

    /** The stored password hash of an account (PostgreSQL only, as above). */
    public static String passwordHashOf(String email) {
        try (Connection connection = connectToApplicationDatabase();
                var statement = connection.prepareStatement("SELECT password_hash FROM user_account WHERE email = ?")) {
            statement.setString(1, email);
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the password hash of " + email, e);
        }
    }

    /** Replaces the stored password hash of an account (PostgreSQL only, as above). */
    public static void storePasswordHash(String email, String hash) {
        try (Connection connection = connectToApplicationDatabase();
                var statement =
                        connection.prepareStatement("UPDATE user_account SET password_hash = ? WHERE email = ?")) {
            statement.setString(1, hash);
            statement.setString(2, email);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a password hash for " + email, e);
        }
    }

    /** One row of the outbox as the application left it. */
    public record OutboxRow(int attempts, boolean sent, boolean bodyErased, String lastError) {}

    /** The outbox rows of the mails to this address (PostgreSQL only, as above). */
    public static List<OutboxRow> outboxRowsFor(String email) {
        try (Connection connection = connectToApplicationDatabase();
                var statement = connection.prepareStatement("SELECT attempts, sent_at IS NOT NULL, body IS NULL,"
                        + " last_error FROM outbox_message WHERE recipient = ? ORDER BY id")) {
            statement.setString(1, email);
            List<OutboxRow> rows = new ArrayList<>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutboxRow(
                            result.getInt(1), result.getBoolean(2), result.getBoolean(3), result.getString(4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the outbox", e);
        }
    }

    /** The version column of every row of the table, by id (both databases). */
    public static Map<Long, Long> versionsOf(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                var result = statement.executeQuery("SELECT id, version FROM " + table)) {
            Map<Long, Long> versions = new TreeMap<>();
            while (result.next()) {
                versions.put(result.getLong(1), result.getLong(2));
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the versions of " + table, e);
        }
    }

    private static Connection connectToApplicationDatabase() throws SQLException {
        if (!isPostgresql()) {
            throw new IllegalStateException("the test changes the application's database on PostgreSQL only");
        }
        return connect();
    }

    /** On H2 through the server that AUTO_SERVER starts in Payara (the suite's H2 URL asks for it). */
    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("QN_DB_URL"), System.getenv("QN_DB_USER"), System.getenv("QN_DB_PASSWORD"));
    }

    public static boolean isPostgresql() {
        return String.valueOf(System.getenv("QN_DB_URL")).startsWith("jdbc:postgresql:");
    }

    private static void recreatePostgresql(String url) throws SQLException {
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("unexpected test database name " + database);
        }
        String admin = "jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/postgres";
        try (Connection connection = DriverManager.getConnection(
                        admin, System.getenv("QN_DB_USER"), System.getenv("QN_DB_PASSWORD"));
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
    }

    private static void deleteH2Files(String url) throws IOException {
        Path base = Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]);
        Path folder = base.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        String prefix = base.getFileName().toString() + ".";
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .toList()) {
                Files.delete(file);
            }
        }
    }
}
