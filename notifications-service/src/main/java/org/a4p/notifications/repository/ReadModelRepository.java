package org.a4p.notifications.repository;

import org.a4p.platform.db.Db;
import org.a4p.platform.db.SessionRows;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.PositionChangeKind;
import org.a4p.events.RecommendationPositionChanged;
import org.a4p.events.RecommendationStatusChanged;
import org.a4p.events.RecommendationUpserted;
import org.a4p.events.SessionEvent;
import org.a4p.events.SessionOutcomeRecorded;
import org.a4p.events.StakeholderUpserted;
import org.a4p.notifications.model.Position;
import org.a4p.notifications.model.Recommendation;
import org.a4p.notifications.model.Session;
import org.a4p.notifications.model.RecordedOutcome;
import org.a4p.notifications.model.Stakeholder;
import org.a4p.notifications.model.StatusChange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The local copies of recommendations, stakeholders, sessions and status history, kept from events. */
@ApplicationScoped
public class ReadModelRepository {

    private final Db db;

    ReadModelRepository(Db db) {
        this.db = db;
    }

    /** Keeps the newest version: an older upsert arriving late changes nothing. */
    public void upsert(RecommendationUpserted r) {
        db.update("""
                INSERT INTO recommendation (number, area, area_name, text, stakeholders, status, version)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (number) DO UPDATE SET area = excluded.area, area_name = excluded.area_name, text = excluded.text,
                    stakeholders = excluded.stakeholders, status = excluded.status, version = excluded.version
                WHERE recommendation.version < excluded.version
                   OR (recommendation.version = excluded.version AND recommendation.area_name IS NULL)""",
                r.number(), r.area(), r.areaName(), r.text(),
                (r.stakeholders() == null ? List.<String>of() : r.stakeholders()).toArray(String[]::new),
                r.status(), r.version());
    }

    /**
     * Applies the new status only if the event's version is newer than what we hold. An unknown
     * recommendation gets no half-filled row: its upsert (same key, same partition) brings it.
     *
     * @return whether a row changed (false: unknown, or the event is not newer)
     */
    public boolean applyStatus(RecommendationStatusChanged c) {
        return 1 == db.update("UPDATE recommendation SET status = ?, version = ? WHERE number = ? AND version < ?",
                c.newStatus(), c.version(), c.number(), c.version());
    }

    public void recordStatusChange(String eventId, RecommendationStatusChanged c) {
        db.update("""
                INSERT INTO status_change (event_id, number, from_status, to_status, changed_at, changed_by, note, evidence_url)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                eventId, c.number(), c.previousStatus(), c.newStatus(), c.changedAt(), c.changedBy(), c.note(),
                c.evidenceUrl());
    }

    /**
     * Applies a position change if its position version is newer than what we hold (a removal stays as a tombstone).
     *
     * @return whether it applied (false: a replay or an older event overtaken by a later one)
     */
    public boolean applyPosition(RecommendationPositionChanged c) {
        return 1 == db.update("""
                INSERT INTO recommendation_position (number, stakeholder, acceptance, implementation, note, changed_at,
                                                     changed_by, position_version, removed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (number, stakeholder) DO UPDATE SET acceptance = excluded.acceptance,
                    implementation = excluded.implementation, note = excluded.note, changed_at = excluded.changed_at,
                    changed_by = excluded.changed_by, position_version = excluded.position_version, removed = excluded.removed
                WHERE recommendation_position.position_version < excluded.position_version""",
                c.number(), c.stakeholder(), c.acceptance(), c.implementation(), c.note(), c.changedAt(), c.changedBy(),
                c.positionVersion(), PositionChangeKind.REMOVED.name().equals(c.change()));
    }

    /** Keeps every position change, older ones overtaken by newer ones too: they are history all the same. */
    public void recordPositionChange(String eventId, RecommendationPositionChanged c) {
        db.update("""
                INSERT INTO position_change (event_id, number, stakeholder, acceptance, implementation, note, changed_at,
                                             changed_by, position_version, removed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                eventId, c.number(), c.stakeholder(), c.acceptance(), c.implementation(), c.note(), c.changedAt(),
                c.changedBy(), c.positionVersion(), PositionChangeKind.REMOVED.name().equals(c.change()));
    }

    /**
     * The positions of {@code stakeholder} on the given recommendations as they were just before {@code asOf} (the last
     * change before it, removed ones too), by number; none for a position that had not changed by then.
     */
    public Map<Integer, Position> positionsOf(String stakeholder, Collection<Integer> numbers, OffsetDateTime asOf) {
        Map<Integer, Position> found = new HashMap<>();
        db.query("""
                SELECT DISTINCT ON (number) number, stakeholder, acceptance, implementation, note, changed_at, removed
                FROM position_change WHERE stakeholder = ? AND number = ANY (?) AND changed_at < ?
                ORDER BY number, changed_at DESC, position_version DESC""",
                ReadModelRepository::position, stakeholder, numbers.toArray(Integer[]::new), asOf)
                .forEach(p -> found.put(p.number(), p));
        return found;
    }

    /**
     * The status of each given recommendation just before {@code asOf}: the last transition before it; else, if it
     * changed only later, the status that change started from; else its current status.
     */
    public Map<Integer, String> statusesAsOf(Collection<Integer> numbers, OffsetDateTime asOf) {
        Map<Integer, String> found = new HashMap<>();
        db.query("""
                SELECT r.number, COALESCE(
                    (SELECT c.to_status FROM status_change c WHERE c.number = r.number AND c.changed_at < ?
                     ORDER BY c.changed_at DESC, c.event_id DESC LIMIT 1),
                    (SELECT c.from_status FROM status_change c WHERE c.number = r.number AND c.changed_at >= ?
                     ORDER BY c.changed_at, c.event_id LIMIT 1),
                    r.status) AS status
                FROM recommendation r WHERE r.number = ANY (?)""",
                rs -> Map.entry(rs.getInt("number"), rs.getString("status")), asOf, asOf, numbers.toArray(Integer[]::new))
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    /** Applies an outcome only if its session version is newer than the one held (false: a replay or an older event). */
    public boolean applyOutcome(SessionOutcomeRecorded o) {
        return 1 == db.update("""
                INSERT INTO session_outcome (session_id, body, outcome, document_symbol, note, recorded_by, recorded_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (session_id) DO UPDATE SET body = excluded.body, outcome = excluded.outcome,
                    document_symbol = excluded.document_symbol, note = excluded.note, recorded_by = excluded.recorded_by,
                    recorded_at = excluded.recorded_at, version = excluded.version
                WHERE session_outcome.version < excluded.version""",
                o.id(), o.body(), o.outcome(), o.documentSymbol(), o.note(), o.recordedBy(), o.recordedAt(), o.version());
    }

    public Optional<RecordedOutcome> outcome(String sessionId) {
        return db.one("SELECT * FROM session_outcome WHERE session_id = ?",
                rs -> new RecordedOutcome(rs.getString("session_id"), rs.getString("body"), rs.getString("outcome"),
                        rs.getString("document_symbol"), rs.getString("note"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class), rs.getLong("version")), sessionId);
    }

    /** The positions of {@code stakeholder} on the given recommendations we were told of (removed ones too), by number. */
    public Map<Integer, Position> positionsOf(String stakeholder, Collection<Integer> numbers) {
        Map<Integer, Position> found = new HashMap<>();
        db.query("""
                SELECT number, stakeholder, acceptance, implementation, note, changed_at, removed FROM recommendation_position
                WHERE stakeholder = ? AND number = ANY (?)""",
                ReadModelRepository::position, stakeholder, numbers.toArray(Integer[]::new)).forEach(p -> found.put(p.number(), p));
        return found;
    }

    public void upsert(StakeholderUpserted s) {
        db.update("""
                INSERT INTO stakeholder (code, name, kind, category, closed) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                    category = excluded.category, closed = excluded.closed""",
                s.code(), s.name(), s.kind(), s.category(), s.closed());
    }

    public void upsert(SessionEvent s) {
        SessionRows.upsert(db, s);
    }

    /** A cancelled session goes, and what was recorded of its outcome with it. */
    public void deleteSession(String id) {
        db.update("DELETE FROM session WHERE id = ?", id);
        db.update("DELETE FROM session_outcome WHERE session_id = ?", id);
    }

    public Optional<Recommendation> recommendation(int number) {
        return db.one("SELECT * FROM recommendation WHERE number = ?", ReadModelRepository::recommendation, number);
    }

    public List<Recommendation> recommendationsFor(String category) {
        return db.query("SELECT * FROM recommendation WHERE ? = ANY (stakeholders) ORDER BY number",
                ReadModelRepository::recommendation, category);
    }

    public Optional<Stakeholder> stakeholder(String code) {
        return db.one("SELECT code, name, kind, category FROM stakeholder WHERE code = ?",
                rs -> new Stakeholder(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                        rs.getString("category")), code);
    }

    public Optional<Session> session(String id) {
        return db.one("SELECT * FROM session WHERE id = ?", ReadModelRepository::session, id);
    }

    /** The latest session of the same body that started before this one, if any. */
    public Optional<Session> previousSession(Session s) {
        return db.one("SELECT * FROM session WHERE body = ? AND starts_on < ? ORDER BY starts_on DESC, id LIMIT 1",
                ReadModelRepository::session, s.body(), s.startsOn());
    }

    /**
     * Transitions of the given recommendations in [{@code since}, {@code until}), oldest first; either bound may be null
     * (open).
     */
    public List<StatusChange> changes(Collection<Integer> numbers, OffsetDateTime since, OffsetDateTime until) {
        return db.query("""
                SELECT * FROM status_change WHERE number = ANY (?) AND (?::timestamptz IS NULL OR changed_at >= ?)
                    AND (?::timestamptz IS NULL OR changed_at < ?)
                ORDER BY changed_at, number, event_id""",
                rs -> new StatusChange(rs.getInt("number"), rs.getString("from_status"), rs.getString("to_status"),
                        rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"),
                        rs.getString("note"), rs.getString("evidence_url")),
                numbers.toArray(Integer[]::new), since, since, until, until);
    }

    public Set<Integer> existingNumbers(Collection<Integer> numbers) {
        return new HashSet<>(db.query("SELECT number FROM recommendation WHERE number = ANY (?)",
                rs -> rs.getInt(1), (Object) numbers.toArray(Integer[]::new)));
    }

    public Set<String> existingAreas(Collection<String> codes) {
        return new HashSet<>(db.query("SELECT DISTINCT area FROM recommendation WHERE area = ANY (?)",
                rs -> rs.getString(1), (Object) codes.toArray(String[]::new)));
    }

    public Set<String> existingStakeholders(Collection<String> codes) {
        return new HashSet<>(db.query("SELECT code FROM stakeholder WHERE code = ANY (?)",
                rs -> rs.getString(1), (Object) codes.toArray(String[]::new)));
    }

    private static Recommendation recommendation(ResultSet rs) throws SQLException {
        return new Recommendation(rs.getInt("number"), rs.getString("area"), rs.getString("area_name"), rs.getString("text"),
                Db.strings(rs, "stakeholders"), rs.getString("status"), rs.getLong("version"));
    }

    private static Position position(ResultSet rs) throws SQLException {
        return new Position(rs.getInt("number"), rs.getString("stakeholder"), rs.getString("acceptance"),
                rs.getString("implementation"), rs.getString("note"), rs.getObject("changed_at", OffsetDateTime.class),
                rs.getBoolean("removed"));
    }

    private static Session session(ResultSet rs) throws SQLException {
        return new Session(rs.getString("id"), rs.getString("body"), rs.getString("title"), rs.getString("kind"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("location"), rs.getBoolean("tentative"));
    }
}
