package org.a4p.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.a4p.dashboard.config.DashboardConfig;
import org.a4p.dashboard.repository.ReadModelRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Rendered pages, kept while the read model is unchanged. A page costs up to a dozen queries and a template, yet the
 * data only moves when an event is applied, and every applied event counts in the read model's version: a page
 * rendered at the current version is served again for one query. Keyed by the page, its checked parameters, the
 * language and the UTC day (the sessions page splits upcoming from past by it); the least recently used goes first.
 */
@ApplicationScoped
public class PageCache {

    /** A page as answered: its status and its UTF-8 bytes. */
    public record Rendered(int status, byte[] body) {
    }

    private record Entry(long version, Rendered page) {
    }

    private final LongSupplier dataVersion;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> pages;
    private final long versionMaxAgeNanos;
    private final Object versionLock = new Object();
    private volatile long version;
    private volatile long versionReadAt;

    @Inject
    PageCache(ReadModelRepository readModel, DashboardConfig config, Clock clock) {
        this(readModel::dataVersion, config.pageCacheSize(), config.pageVersionMaxAge(), clock, System::nanoTime);
    }

    PageCache(LongSupplier dataVersion, int size, Duration versionMaxAge, Clock clock, LongSupplier nanoTime) {
        this.dataVersion = dataVersion;
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.versionMaxAgeNanos = versionMaxAge.toNanos();
        this.versionReadAt = nanoTime.getAsLong() - versionMaxAgeNanos - 1;
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > size;
            }
        };
    }

    /**
     * The page under {@code key}, rendered by {@code render} unless a copy at the current version is kept. The version
     * is read before rendering, so a page that already shows a newer event is at worst rendered once more, never kept
     * as current for data it does not show; a page lags the last applied event by at most the version's max age.
     */
    public Rendered page(String key, Supplier<Rendered> render) {
        long version = version();
        String k = key + "|" + LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Entry kept;
        synchronized (pages) {
            kept = pages.get(k);
        }
        if (kept != null && kept.version() == version) {
            return kept.page();
        }
        Rendered page = render.get();
        synchronized (pages) {
            pages.put(k, new Entry(version, page));
        }
        return page;
    }

    /**
     * The read model's version, read again once it is older than {@code a4p.dashboard.page-version-max-age}: under load
     * one request reads it and the others use it, instead of every request costing a query and a pooled connection.
     */
    private long version() {
        if (versionMaxAgeNanos == 0) {
            return dataVersion.getAsLong();
        }
        if (nanoTime.getAsLong() - versionReadAt <= versionMaxAgeNanos) {
            return version;
        }
        synchronized (versionLock) {
            if (nanoTime.getAsLong() - versionReadAt > versionMaxAgeNanos) {
                long started = nanoTime.getAsLong();
                version = dataVersion.getAsLong();
                versionReadAt = started;
            }
            return version;
        }
    }
}
