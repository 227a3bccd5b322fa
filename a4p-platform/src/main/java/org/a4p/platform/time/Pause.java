package org.a4p.platform.time;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A wait that a stopping service cuts short: background loops (the outbox relay, the consumers waiting out a database
 * outage) back off for seconds, and a shutdown must not wait for the rest of that back-off.
 */
public final class Pause {

    /** How often {@code until} is asked: the most a stop waits for a pausing loop. */
    private static final long STEP_MS = 100;

    private Pause() {
    }

    /**
     * Sleeps {@code ms} milliseconds, or less once {@code until} says so.
     *
     * @return false if the thread was interrupted (its interrupt flag is set again), else true
     */
    public static boolean sleep(long ms, BooleanSupplier until) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
        try {
            for (long left = ms; left > 0 && !until.getAsBoolean();
                 left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                Thread.sleep(Math.min(STEP_MS, left));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
