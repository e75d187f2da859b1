package io.customerlens.store;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend with two additions.
 * <p>
 * <b>An acknowledged write is on disk.</b> H2 on its own commits in the background about once a second, at whatever
 * point the writers have reached, even between a document and its unique-index entry. Here H2's auto-commit is off
 * (see {@link EmbeddedStoreFile}); write commands run one at a time and each commits before the next, and its
 * answer waits until the file is synced, so nothing acknowledged is lost in a crash (or, with {@code fsync}, a power
 * cut) and every commit holds whole commands.
 * <p>
 * <b>Only this server may use it.</b> The store listens on TCP, which any process on the machine can reach. Every
 * connection must first authenticate (SASL PLAIN) with a password this process generated in memory at start-up;
 * anything else is refused with MongoDB's "Unauthorized".
 */
final class EmbeddedBackend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBackend.class);

    static final String USER = "customer-lens";

    private static final AttributeKey<Boolean> AUTHENTICATED = AttributeKey.valueOf("customerlens.store.authenticated");
    private static final int UNAUTHORIZED = 13;
    private static final int AUTHENTICATION_FAILED = 18;

    /** What a client may send before it has authenticated: the handshake and the authentication itself. */
    private static final Set<String> BEFORE_AUTHENTICATION = Set.of("ismaster", "hello", "buildinfo", "ping",
            "saslstart", "saslcontinue", "endsessions");

    /** Commands that change nothing; every other command is treated as a write. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "dbstats", "collstats", "killcursors", "ismaster", "hello", "buildinfo",
            "ping", "whatsmyuri", "serverstatus", "endsessions", "connectionstatus", "hostinfo", "getcmdlineopts",
            "getlog", "getfreemonitoringstatus", "getlasterror", "reseterror", "validate");

    private final MVStore store;
    private final byte[] password;
    private final boolean fsync;
    private final boolean compactOnClose;
    private final Runnable afterClose;
    private final ReentrantLock writes = new ReentrantLock();
    private final Object syncs = new Object();
    /** Commits made so far; guarded by {@link #writes}. */
    private long commits;
    /** The last commit known to be on the disk; guarded by {@link #syncs}. */
    private long synced;

    /**
     * @param store      the opened H2 store, with auto-commit off
     * @param password   what clients must authenticate with
     * @param fsync      whether each commit also forces the file to the disk (surviving a power cut, not only a
     *                   crash of the server)
     * @param compactOnClose whether a clean close rewrites the file without the space old versions took
     * @param afterClose run after the store was closed cleanly
     */
    EmbeddedBackend(MVStore store, String password, boolean fsync, boolean compactOnClose, Runnable afterClose) {
        super(store);
        this.store = store;
        this.password = password.getBytes(StandardCharsets.UTF_8);
        this.fsync = fsync;
        this.compactOnClose = compactOnClose;
        this.afterClose = afterClose;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("saslstart")) {
            return authenticate(channel, query);
        }
        if (!authenticated(channel) && !BEFORE_AUTHENTICATION.contains(name)) {
            throw new MongoServerError(UNAUTHORIZED, "Unauthorized", "command " + command + " requires authentication");
        }
        if (READS.contains(name) || name.equals("aggregate") && !writesOutput(query)) {
            return super.handleCommand(channel, database, command, query);
        }
        Document answer;
        long commit;
        writes.lock();
        try {
            answer = super.handleCommand(channel, database, command, query);
        } finally {
            commit = commitUnderLock();
            writes.unlock();
        }
        syncUpTo(commit);
        return answer;
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        if (!authenticated(query.getChannel())) {
            throw new MongoServerError(UNAUTHORIZED, "Unauthorized", "queries require authentication");
        }
        return super.handleQuery(query);
    }

    /** Writes what is not yet on disk (and syncs the file); waits for the write command under way to end. */
    @Override
    public void commit() {
        long commit;
        writes.lock();
        try {
            commit = commitUnderLock();
        } finally {
            writes.unlock();
        }
        syncUpTo(commit);
    }

    /**
     * Writes the changes to the file, that is to the operating system, which keeps them through a crash of this
     * process. The caller holds the write lock, so no command is half done.
     *
     * @return the number of the commit that holds every change so far, for {@link #syncUpTo}
     */
    private long commitUnderLock() {
        if (store.hasUnsavedChanges()) {
            store.commit();
            commits++;
        }
        return commits;
    }

    /**
     * Forces the file to the disk (with {@code fsync} on) unless a sync that began after this commit did. Syncs are
     * the slow part and run outside the write lock, so the commands that arrive meanwhile share the next one: under
     * load, one sync serves many writes (group commit).
     */
    private void syncUpTo(long commit) {
        if (!fsync || store.getFileStore() == null) {
            return;
        }
        synchronized (syncs) {
            if (synced >= commit) {
                return;
            }
            long covered;
            writes.lock();
            try {
                covered = commits;
            } finally {
                writes.unlock();
            }
            store.sync();
            synced = covered;
        }
    }

    @Override
    public void close() {
        writes.lock();
        try {
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
            if (compactOnClose && store.getFileStore() != null) {
                long started = System.nanoTime();
                store.close(-1); // -1: a full compaction, writing the live data to a new file
                log.info("Compacted the embedded store on close in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
            super.close();
            afterClose.run();
        } finally {
            writes.unlock();
        }
    }

    /** SASL PLAIN in one step: the payload is "authzid NUL user NUL password". */
    private Document authenticate(Channel channel, Document query) {
        if (!"PLAIN".equals(query.get("mechanism")) || !(query.get("payload") instanceof BinData payload)) {
            throw new MongoServerError(AUTHENTICATION_FAILED, "AuthenticationFailed", "only PLAIN is supported");
        }
        String[] parts = new String(payload.getData(), StandardCharsets.UTF_8).split("\0", -1);
        boolean valid = parts.length == 3 && parts[1].equals(USER)
                && MessageDigest.isEqual(parts[2].getBytes(StandardCharsets.UTF_8), password);
        if (!valid) {
            throw new MongoServerError(AUTHENTICATION_FAILED, "AuthenticationFailed", "Authentication failed.");
        }
        channel.attr(AUTHENTICATED).set(Boolean.TRUE);
        Document answer = new Document("conversationId", 1).append("done", Boolean.TRUE)
                .append("payload", new BinData(new byte[0]));
        Utils.markOkay(answer);
        return answer;
    }

    private static boolean authenticated(Channel channel) {
        return Boolean.TRUE.equals(channel.attr(AUTHENTICATED).get());
    }

    private static boolean writesOutput(Document aggregate) {
        if (!(aggregate.get("pipeline") instanceof List<?> stages)) {
            return false;
        }
        return stages.stream().anyMatch(stage -> stage instanceof Document document
                && (document.containsKey("$out") || document.containsKey("$merge")));
    }
}
