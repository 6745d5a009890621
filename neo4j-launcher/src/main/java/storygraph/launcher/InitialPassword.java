package storygraph.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/** Gives the "neo4j" user the generated password, without a moment where the default "neo4j" works. */
final class InitialPassword {
    private static final String USER = "neo4j";

    private InitialPassword() {}

    /**
     * What `neo4j-admin dbms set-initial-password` does: an initial-user file that Neo4j reads when it
     * creates the security graph (or while the user still has the default password), so on a new
     * data directory Bolt never accepts neo4j/neo4j, not even for the first second.
     */
    static Path writeInitialUser(Path home, String password) throws IOException {
        Path file = initialUserFile(home);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        var repository = new FileUserRepository(new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
        try {
            repository.start();
            var credential = SystemGraphCredential.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
            repository.create(new User(USER, null, credential, false, false));
            repository.shutdown();
        } catch (Exception e) {
            throw new IOException("cannot write the initial user file " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** Once Neo4j has read it, the file (a salted hash) has no use left; the password file is the one source. */
    static void removeInitialUser(Path home) throws IOException {
        Files.deleteIfExists(initialUserFile(home));
    }

    private static Path initialUserFile(Path home) {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        return CommunitySecurityModule.getInitialUserRepositoryFile(config);
    }

    /**
     * The initial-user file is ignored once a password was set, so a regenerated password file (or a
     * data directory from before auth) is applied here. Idempotent: the same password is a no-op.
     */
    static void ensure(DatabaseManagementService dbms, Path home, String password) throws IOException {
        removeInitialUser(home);
        try {
            // Its own timeout: a short db.transaction.timeout must not fail the start (hashing takes a while on a busy machine).
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password),
                    result -> null, Duration.ofMinutes(2));
        } catch (QueryExecutionException e) {
            if (!e.getMessage().contains("cannot be the same")) throw e;
        }
    }
}
