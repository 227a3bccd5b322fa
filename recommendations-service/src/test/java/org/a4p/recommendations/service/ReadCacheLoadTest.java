package org.a4p.recommendations.service;

import org.a4p.recommendations.config.ReadCacheConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** ReadCache's loads on their own: readers that miss the same key at once share one load. */
class ReadCacheLoadTest {

    private static final int READERS = 8;

    private final ReadCache cache = new ReadCache(null, new ReadCacheConfig() {
        @Override
        public Duration maxAge() {
            return Duration.ofHours(1);
        }

        @Override
        public int maxEntries() {
            return 16;
        }
    });

    @Test
    void readersThatMissTheSameKeyAtOnceShareOneLoad() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<String> answers = readAtOnce(() -> {
            calls.incrementAndGet();
            waitFor(release);
            return "loaded";
        }, release);

        assertThat(answers).hasSize(READERS).containsOnly("loaded");
        assertThat(calls).hasValue(1);
        assertThat(cache.loads()).isEqualTo(1);
        assertThat(cache.<String>peek("k")).isEqualTo("loaded");
    }

    @Test
    void whenTheSharedLoadFailsEachWaiterLoadsItself() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<String> answers = readAtOnce(() -> {
            if (calls.incrementAndGet() == 1) {
                waitFor(release);
                throw new IllegalStateException("the database went away");
            }
            return "loaded again";
        }, release);

        assertThat(answers).hasSize(READERS).containsOnly("failed", "loaded again").containsOnlyOnce("failed");
        assertThat(calls.get()).isBetween(2, READERS);
    }

    /** Each reader's answer ("failed" for an exception); the loader is released once all readers wait. */
    private List<String> readAtOnce(Supplier<String> loader, CountDownLatch release) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        List<Thread> threads = new ArrayList<>();
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                futures.add(pool.submit(() -> {
                    synchronized (threads) {
                        threads.add(Thread.currentThread());
                    }
                    try {
                        return cache.get("k", loader);
                    } catch (IllegalStateException e) {
                        return "failed";
                    }
                }));
            }
            // every reader is inside get(): the first in the loader (on the latch), the others waiting for its load
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                synchronized (threads) {
                    return threads.size() == READERS && threads.stream().allMatch(ReadCacheLoadTest::waits);
                }
            });
            release.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> f : futures) {
                answers.add(f.get(10, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean waits(Thread t) {
        Thread.State state = t.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
