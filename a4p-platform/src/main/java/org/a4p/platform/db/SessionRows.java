package org.a4p.platform.db;

import org.a4p.events.SessionEvent;

/**
 * The {@code session} table of a read model, as the contract's {@link SessionEvent} carries it: notifications-service
 * (briefings) and the dashboard keep the same columns, written the same way.
 */
public final class SessionRows {

    private SessionRows() {
    }

    /** Inserts the session or overwrites it: a scheduled or changed session always carries every column. */
    public static void upsert(Db db, SessionEvent s) {
        db.update("""
                INSERT INTO session (id, body, title, kind, starts_on, ends_on, location, tentative)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET body = excluded.body, title = excluded.title, kind = excluded.kind,
                    starts_on = excluded.starts_on, ends_on = excluded.ends_on, location = excluded.location,
                    tentative = excluded.tentative""",
                s.id(), s.body(), s.title(), s.kind(), s.startsOn(), s.endsOn(), s.location(), s.tentative());
    }
}
