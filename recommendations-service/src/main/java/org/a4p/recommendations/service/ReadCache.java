package org.a4p.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.platform.transaction.AfterCommit;
import org.a4p.recommendations.config.ReadCacheConfig;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Answers repeated reads (one recommendation, a page of the list) from memory. Reads outnumber
 * writes by far here: a status changes a few times a year, delegations' tools poll all the time.
 *
 * <p>Freshness: every write of this service (recommendation created, edited, status changed; a body's
 * category learnt from stakeholder events) starts a new generation when its transaction ends, and an
 * entry of an older generation is never served, so a reader of this instance always sees the writes
 * this instance committed (read-your-writes, ETags included), and a reader never goes back to an older
 * state: nothing loaded while a write transaction is open is kept. Writes committed by another replica
 * of the service are seen at most {@code max-age} later.
 */
@ApplicationScoped
public class ReadCache {

    private record Entry(long generation, long expiresAt, Object value) {
    }

    /** A load in progress, started in {@code generation}. */
    private record Load(long generation, CompletableFuture<Object> result) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Load> loading = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    /** Write transactions that have called {@link #changedInThisTransaction()} and not ended yet. */
    private final AtomicInteger openWrites = new AtomicInteger();
    /** Answers loaded rather than served from memory: how a test (or an operator) sees that hits happen. */
    private final LongAdder loads = new LongAdder();
    private final AfterCommit afterCommit;
    private final long maxAgeNanos;
    private final int maxEntries;

    ReadCache(AfterCommit afterCommit, ReadCacheConfig config) {
        this.afterCommit = afterCommit;
        this.maxAgeNanos = config.maxAge().toNanos();
        this.maxEntries = config.maxEntries();
    }

    /** The cached value for {@code key}, if one may still be served; null otherwise. */
    @SuppressWarnings("unchecked")
    public <T> T peek(String key) {
        Entry e = entries.get(key);
        return e != null && e.generation == generation.get() && System.nanoTime() - e.expiresAt < 0 ? (T) e.value : null;
    }

    /**
     * The cached value for {@code key}, or {@code loader}'s. A loaded value is kept only if no write was open
     * at any time during the load: a load that ran while a write committed could hold the old or the new
     * state, and keeping the old one after a reader has seen the new one would let that reader go back.
     *
     * <p>One load per key at a time: when an entry expires under load, every reader that misses it while it is being
     * loaded again waits for that load instead of running its own (under wrk, a few hundred at once). A reader joins
     * only a load that started in the generation it sees, i.e. with no write committed or open since: what that load
     * reads is then no older than anything this reader could have seen. If the load fails, each waiter loads itself.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> loader) {
        T cached = peek(key);
        if (cached != null) {
            return cached;
        }
        long g = generation.get();
        Load mine = new Load(g, new CompletableFuture<>());
        Load running = loading.compute(key, (k, current) -> current != null && current.generation == g ? current : mine);
        if (running != mine) {
            try {
                return (T) running.result.join();
            } catch (CompletionException | CancellationException failed) {
                return load(key, loader, generation.get());
            }
        }
        try {
            T value = load(key, loader, g);
            mine.result.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.result.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(key, mine);
        }
    }

    private <T> T load(String key, Supplier<T> loader, long g) {
        boolean quiet = openWrites.get() == 0;
        loads.increment();
        T value = loader.get();
        if (maxAgeNanos > 0 && value != null && quiet && openWrites.get() == 0 && generation.get() == g) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry(g, System.nanoTime() + maxAgeNanos, value));
        }
        return value;
    }

    /** How many times {@link #get} had to call a loader since the start (a reader that waited for another's load: none). */
    public long loads() {
        return loads.sum();
    }

    /**
     * Called inside a writing transaction: from now until the transaction has ended nothing loaded is kept,
     * and when it ends a new generation starts, so nothing read before the commit is served after it.
     */
    public void changedInThisTransaction() {
        afterCommit.whenEnded(committed -> {
            generation.incrementAndGet();
            if (committed) {
                entries.clear();
            }
            openWrites.decrementAndGet();
        });
        // after the registration, which guarantees the decrement when the transaction ends
        openWrites.incrementAndGet();
        generation.incrementAndGet();
    }
}
