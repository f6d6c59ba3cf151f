package io.switchboard.dynamodb.operations;

import io.switchboard.dynamodb.storage.ItemStore;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * One lock over all item data: reads share it, each write request (a put, a conditional update, a
 * whole transaction or batch) holds it alone, so a condition and the write it guards are atomic
 * and a transaction is all-or-nothing. Each write request is committed to the store before it answers.
 */
final class Guard {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ItemStore store;

    Guard(ItemStore store) {
        this.store = store;
    }

    <T> T read(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            T result = work.get();
            store.commit();
            return result;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
