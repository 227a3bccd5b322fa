package org.a4p.dashboard.service;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The rendered-page cache alone: what is served again, and what makes a page be rendered anew. */
class PageCacheTest {

    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger versionReads = new AtomicInteger();
    private final AtomicInteger renders = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private Instant now = Instant.parse("2026-12-03T23:59:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private PageCache cache(int size, Duration maxAge) {
        return new PageCache(() -> {
            versionReads.incrementAndGet();
            return version.get();
        }, size, maxAge, clock, nanos::get);
    }

    private String get(PageCache cache, String key) {
        return new String(cache.page(key, () -> new PageCache.Rendered(200,
                (key + " #" + renders.incrementAndGet()).getBytes(StandardCharsets.UTF_8))).body(), StandardCharsets.UTF_8);
    }

    @Test
    void aPageIsRenderedOncePerVersionAndAgainWhenAnEventWasApplied() {
        PageCache cache = cache(8, Duration.ZERO);
        assertThat(get(cache, "overview|en")).isEqualTo("overview|en #1");
        assertThat(get(cache, "overview|en")).isEqualTo("overview|en #1");
        assertThat(get(cache, "overview|ar")).as("another language is another page").isEqualTo("overview|ar #2");
        version.incrementAndGet();
        assertThat(get(cache, "overview|en")).isEqualTo("overview|en #3");
        assertThat(versionReads.get()).as("max age 0: the version is read for every request").isEqualTo(4);
    }

    @Test
    void theVersionIsReadAgainOnlyOnceItIsOlderThanTheMaxAge() {
        PageCache cache = cache(8, Duration.ofMillis(300));
        get(cache, "sessions|en");
        version.incrementAndGet();
        assertThat(get(cache, "sessions|en")).as("within the max age the last version read holds").isEqualTo("sessions|en #1");
        assertThat(versionReads.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofMillis(300).toNanos());
        assertThat(get(cache, "sessions|en")).as("300 ms old: still within").isEqualTo("sessions|en #1");
        nanos.incrementAndGet();
        assertThat(get(cache, "sessions|en")).isEqualTo("sessions|en #2");
        assertThat(versionReads.get()).isEqualTo(2);
    }

    @Test
    void theLeastRecentlyUsedPageGoesFirstWhenTheCacheIsFull() {
        PageCache cache = cache(2, Duration.ZERO);
        get(cache, "a");
        get(cache, "b");
        get(cache, "a");
        get(cache, "c"); // evicts b, the least recently used
        assertThat(get(cache, "a")).isEqualTo("a #1");
        assertThat(get(cache, "b")).isEqualTo("b #4");
    }

    @Test
    void aNewUtcDayRendersThePagesAnew() {
        PageCache cache = cache(8, Duration.ZERO);
        get(cache, "sessions|en");
        now = now.plusSeconds(59);
        assertThat(get(cache, "sessions|en")).as("23:59:59, the same day").isEqualTo("sessions|en #1");
        now = now.plusSeconds(2);
        assertThat(get(cache, "sessions|en")).as("00:00:01, the next day: upcoming sessions may be past")
                .isEqualTo("sessions|en #2");
    }
}
