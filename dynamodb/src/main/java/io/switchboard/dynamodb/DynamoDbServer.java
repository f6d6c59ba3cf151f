package io.switchboard.dynamodb;

import io.switchboard.dynamodb.operations.Engine;
import io.switchboard.dynamodb.storage.ItemStore;
import io.switchboard.dynamodb.storage.StorageFolder;
import io.switchboard.dynamodb.wire.WireServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Switchboard's own DynamoDB: the DynamoDB JSON 1.0 API on a free loopback port, over an MVStore
 * in memory (tests) or in a data folder (the sandbox). One database whatever region or credentials
 * a client uses. Items past their TTL are deleted by a background sweep.
 */
public final class DynamoDbServer implements AutoCloseable {
    private static final long TTL_SWEEP_SECONDS = 30;

    private final Path folder;
    private ItemStore store;
    private Engine engine;
    private WireServer wire;
    private ScheduledExecutorService sweeper;

    private DynamoDbServer(Path folder) {
        this.folder = folder;
    }

    public static DynamoDbServer inMemory() {
        return new DynamoDbServer(null);
    }

    /** Tables survive restarts in {@code folder} (created when missing; a newer on-disk format is refused). */
    public static DynamoDbServer persistedIn(Path folder) {
        return new DynamoDbServer(folder);
    }

    public synchronized DynamoDbServer start() {
        if (wire != null) {
            return this;
        }
        store = folder == null ? ItemStore.inMemory() : StorageFolder.open(folder);
        engine = new Engine(store);
        try {
            wire = WireServer.start(engine);
        } catch (IOException e) {
            store.close();
            throw new UncheckedIOException("The DynamoDB engine could not listen on loopback", e);
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "switchboard-dynamodb-ttl");
            thread.setDaemon(true);
            return thread;
        });
        Engine sweeping = engine;
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sweeping.expireItems(System.currentTimeMillis() / 1000);
            } catch (RuntimeException e) {
                // a sweep that fails (for example while closing) is retried at the next period
            }
        }, TTL_SWEEP_SECONDS, TTL_SWEEP_SECONDS, TimeUnit.SECONDS);
        return this;
    }

    public synchronized URI endpoint() {
        if (wire == null) {
            throw new IllegalStateException("The DynamoDB engine is not started");
        }
        return wire.endpoint();
    }

    /** Runs a TTL sweep now as of {@code epochSeconds} (the background sweep uses the clock); answers how many items went. */
    synchronized int expireItems(long epochSeconds) {
        if (engine == null) {
            throw new IllegalStateException("The DynamoDB engine is not started");
        }
        return engine.expireItems(epochSeconds);
    }

    @Override
    public synchronized void close() {
        if (wire == null) {
            return;
        }
        sweeper.shutdownNow();
        wire.close();
        store.close();
        wire = null;
        sweeper = null;
        engine = null;
        store = null;
    }
}
