package org.a4p.dashboard.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.dashboard.model.Position;
import org.a4p.dashboard.model.PositionChange;
import org.a4p.dashboard.model.PositionCount;
import org.a4p.dashboard.model.Recommendation;
import org.a4p.dashboard.model.RecommendationFilter;
import org.a4p.dashboard.model.Session;
import org.a4p.dashboard.model.SessionOutcome;
import org.a4p.dashboard.model.Stakeholder;
import org.a4p.dashboard.model.StatusChange;
import org.a4p.dashboard.model.StatusCount;
import org.a4p.events.EvidenceReference;
import org.a4p.events.PositionChangeKind;
import org.a4p.platform.db.Db;
import org.a4p.platform.db.SessionRows;
import org.a4p.events.SessionEvent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's tables: written by the event consumers (inside the inbox's transaction), read by the pages.
 * Plain SQL: the pages need grouped counts and a few filters, clearer here than through an ORM.
 */
@ApplicationScoped
public class ReadModelRepository {

    private static final String FILTER = " " + """
             WHERE (?::text IS NULL OR area = ?)
               AND (?::text IS NULL OR ? = ANY (stakeholders) OR EXISTS (SELECT 1 FROM position p
                    WHERE p.number = recommendation.number AND p.stakeholder = ? AND NOT p.removed))
               AND (?::text IS NULL OR status = ?)
               AND (?::text IS NULL OR strpos(lower(coalesce(text, '') || ' ' || coalesce(stakeholder_action, '') || ' '
                    || coalesce(context, '')), lower(?)) > 0)""";

    /** Positions as they stand: the rows events wrote (tombstones left out) and the implicit pending ones. */
    private static final String EFFECTIVE_POSITIONS = """
            WITH effective AS (
                SELECT number, stakeholder, acceptance, implementation FROM position WHERE NOT removed
                UNION ALL
                SELECT r.number, s, 'PENDING', 'NOT_STARTED' FROM recommendation r CROSS JOIN LATERAL unnest(r.stakeholders) s
                WHERE NOT EXISTS (SELECT 1 FROM position p WHERE p.number = r.number AND p.stakeholder = s))
            """;
    private static final TypeReference<List<EvidenceReference>> EVIDENCE = new TypeReference<>() {
    };

    private final Db db;
    private final ObjectMapper json;

    ReadModelRepository(Db db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    // --- writes (from events) ----------------------------------------------------------------------------------

    /** Keeps the newest version: an older upsert arriving late changes nothing. */
    public void upsert(Recommendation r) {
        db.update("""
                INSERT INTO recommendation (number, area, area_name, text, stakeholder_action, stakeholders, a4p_paragraph,
                    context, status, status_changed_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (number) DO UPDATE SET area = excluded.area, area_name = excluded.area_name,
                    text = excluded.text, stakeholder_action = excluded.stakeholder_action,
                    stakeholders = excluded.stakeholders, a4p_paragraph = excluded.a4p_paragraph,
                    context = excluded.context, status = excluded.status, status_changed_at = excluded.status_changed_at,
                    version = excluded.version
                WHERE recommendation.version < excluded.version""",
                r.number(), r.area(), r.areaName(), r.text(), r.stakeholderAction(),
                r.stakeholders().toArray(String[]::new), r.a4pParagraph(), r.context(), r.status(), r.statusChangedAt(),
                r.version());
    }

    /** The new status, only if the change is newer than what the row holds (an unknown number gets no row). */
    public void applyStatus(int number, String status, OffsetDateTime at, long version) {
        db.update("UPDATE recommendation SET status = ?, status_changed_at = ?, version = ? WHERE number = ? AND version < ?",
                status, at, version, number, version);
    }

    public void recordStatusChange(String eventId, StatusChange c, long version) {
        db.update("""
                INSERT INTO status_change (event_id, number, from_status, to_status, changed_at, changed_by, note,
                    evidence_url, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                eventId, c.number(), c.from(), c.to(), c.at(), c.by(), c.note(), c.evidenceUrl(), version);
    }

    /** The change in the timeline; the position itself only if the change is newer than what its row holds. */
    public void recordPositionChange(String eventId, PositionChange c, String evidenceJson, long version) {
        db.update("""
                INSERT INTO position_change (event_id, number, stakeholder, change, acceptance, implementation,
                    previous_acceptance, previous_implementation, note, evidence, changed_at, changed_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                eventId, c.number(), c.stakeholder(), c.change(), c.acceptance(), c.implementation(),
                c.previousAcceptance(), c.previousImplementation(), c.note(), evidenceJson, c.at(), c.by(), version);
        db.update("""
                INSERT INTO position (number, stakeholder, acceptance, implementation, note, evidence, changed_at,
                    changed_by, removed, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (number, stakeholder) DO UPDATE SET acceptance = excluded.acceptance,
                    implementation = excluded.implementation, note = excluded.note, evidence = excluded.evidence,
                    changed_at = excluded.changed_at, changed_by = excluded.changed_by, removed = excluded.removed,
                    version = excluded.version
                WHERE position.version < excluded.version""",
                c.number(), c.stakeholder(), c.acceptance(), c.implementation(), c.note(), evidenceJson, c.at(), c.by(),
                PositionChangeKind.REMOVED.name().equals(c.change()), version);
    }

    /** The newest recorded outcome of a session wins; an older correction arriving late changes nothing. */
    public void recordOutcome(String body, SessionOutcome o, long version) {
        db.update("""
                INSERT INTO session_outcome (id, body, outcome, document_symbol, note, recorded_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET body = excluded.body, outcome = excluded.outcome,
                    document_symbol = excluded.document_symbol, note = excluded.note, recorded_at = excluded.recorded_at,
                    version = excluded.version
                WHERE session_outcome.version < excluded.version""",
                o.id(), body, o.outcome(), o.documentSymbol(), o.note(), o.recordedAt(), version);
    }

    public void upsert(Stakeholder s, String description, boolean closed) {
        db.update("""
                INSERT INTO stakeholder (code, name, kind, category, description, closed) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                    category = excluded.category, description = excluded.description, closed = excluded.closed""",
                s.code(), s.name(), s.kind(), s.category(), description, closed);
    }

    public void upsert(SessionEvent s) {
        SessionRows.upsert(db, s);
    }

    public void deleteSession(String id) {
        db.update("DELETE FROM session WHERE id = ?", id);
    }

    /**
     * Moves the topic's "as of" time forward (never back: events of other partitions may arrive out of order) and
     * counts the applied event in the read model's version.
     */
    public void seen(String topic, OffsetDateTime eventTime) {
        db.update("""
                INSERT INTO data_as_of (topic, event_time, changes) VALUES (?, ?, 1)
                ON CONFLICT (topic) DO UPDATE SET event_time = GREATEST(data_as_of.event_time, excluded.event_time),
                    changes = data_as_of.changes + 1""",
                topic, eventTime);
    }

    /** The read model's version: grows with every applied event, whichever replica applied it. */
    public long dataVersion() {
        return db.query("SELECT coalesce(sum(changes), 0) FROM data_as_of", rs -> rs.getLong(1)).get(0);
    }

    // --- reads (for the pages) ---------------------------------------------------------------------------------

    public Optional<OffsetDateTime> dataAsOf() {
        return db.query("SELECT max(event_time) FROM data_as_of", rs -> rs.getObject(1, OffsetDateTime.class))
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<Recommendation> recommendation(int number) {
        return db.one("SELECT * FROM recommendation WHERE number = ?", ReadModelRepository::recommendation, number);
    }

    public List<Recommendation> recommendations(RecommendationFilter f) {
        return db.query("SELECT * FROM recommendation" + FILTER + " ORDER BY number", ReadModelRepository::recommendation,
                filterParams(f));
    }

    /** Status counts per area of the recommendations the filter selects. */
    public List<StatusCount> countsByArea(RecommendationFilter f) {
        return db.query("SELECT area, status, count(*) FROM recommendation" + FILTER + " GROUP BY area, status",
                rs -> new StatusCount(rs.getString(1), rs.getString(2), rs.getInt(3)), filterParams(f));
    }

    /**
     * Status counts per addressee of the recommendations the filter selects: the categories the report names and the
     * bodies that hold a position on it.
     */
    public List<StatusCount> countsByStakeholder(RecommendationFilter f) {
        return db.query("""
                        SELECT s, status, count(*) FROM (SELECT unnest(stakeholders || ARRAY(SELECT p.stakeholder FROM position p
                            WHERE p.number = recommendation.number AND NOT p.removed
                              AND NOT p.stakeholder = ANY (recommendation.stakeholders))) AS s, status
                        FROM recommendation""" + FILTER + ") x GROUP BY s, status",
                rs -> new StatusCount(rs.getString(1), rs.getString(2), rs.getInt(3)), filterParams(f));
    }

    /** Every area name the events brought (the report's names), by code. */
    public java.util.Map<String, String> areaNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        db.query("SELECT DISTINCT ON (area) area, area_name FROM recommendation WHERE area_name IS NOT NULL ORDER BY area, number",
                rs -> names.put(rs.getString(1), rs.getString(2)));
        return names;
    }

    public List<StatusChange> changes(int number) {
        return db.query("SELECT * FROM status_change WHERE number = ? ORDER BY changed_at, version, event_id",
                ReadModelRepository::change, number);
    }

    /** Changes of recommendations addressed to {@code category} at or after {@code since} (all if null), oldest first. */
    public List<StatusChange> changesFor(String category, OffsetDateTime since) {
        return db.query("""
                SELECT c.* FROM status_change c JOIN recommendation r ON r.number = c.number
                WHERE ? = ANY (r.stakeholders) AND (?::timestamptz IS NULL OR c.changed_at >= ?)
                ORDER BY c.changed_at, c.number, c.event_id""", ReadModelRepository::change, category, since, since);
    }

    /** The recommendation's positions now, implicit pending ones included, by stakeholder code. */
    public List<Position> positions(int number) {
        return db.query("""
                SELECT number, stakeholder, acceptance, implementation, note, evidence, changed_at, changed_by
                FROM position WHERE number = ? AND NOT removed
                UNION ALL
                SELECT r.number, s, 'PENDING', 'NOT_STARTED', NULL, '[]', NULL, NULL
                FROM recommendation r CROSS JOIN LATERAL unnest(r.stakeholders) s
                WHERE r.number = ? AND NOT EXISTS (SELECT 1 FROM position p WHERE p.number = r.number AND p.stakeholder = s)
                ORDER BY stakeholder""", this::position, number, number);
    }

    public List<PositionChange> positionChanges(int number) {
        return db.query("SELECT * FROM position_change WHERE number = ? ORDER BY changed_at, version, event_id",
                this::positionChange, number);
    }

    /** Positions per area (acceptance x implementation) of the recommendations the filter selects. */
    public List<PositionCount> positionsByArea(RecommendationFilter f) {
        return db.query(EFFECTIVE_POSITIONS + "SELECT r.area, e.acceptance, e.implementation, count(*) FROM effective e JOIN (SELECT * FROM recommendation"
                        + FILTER + ") r ON r.number = e.number GROUP BY 1, 2, 3",
                rs -> new PositionCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)), filterParams(f));
    }

    /** Positions per addressee (acceptance x implementation) of the recommendations the filter selects. */
    public List<PositionCount> positionsByStakeholder(RecommendationFilter f) {
        return db.query(EFFECTIVE_POSITIONS + "SELECT e.stakeholder, e.acceptance, e.implementation, count(*) FROM effective e JOIN (SELECT * FROM recommendation"
                        + FILTER + ") r ON r.number = e.number GROUP BY 1, 2, 3",
                rs -> new PositionCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)), filterParams(f));
    }

    /** Every recorded session outcome, by session id (a few per body and year). */
    public java.util.Map<String, SessionOutcome> outcomes() {
        java.util.Map<String, SessionOutcome> outcomes = new java.util.HashMap<>();
        db.query("SELECT * FROM session_outcome", rs -> outcomes.put(rs.getString("id"), outcome(rs)));
        return outcomes;
    }

    public Optional<SessionOutcome> outcome(String id) {
        return db.one("SELECT * FROM session_outcome WHERE id = ?", ReadModelRepository::outcome, id);
    }

    public Optional<Stakeholder> stakeholder(String code) {
        return db.one("SELECT code, name, kind, category FROM stakeholder WHERE code = ?", ReadModelRepository::stakeholder, code);
    }

    public List<Stakeholder> stakeholders() {
        return db.query("SELECT code, name, kind, category FROM stakeholder ORDER BY code", ReadModelRepository::stakeholder);
    }

    public Optional<Session> session(String id) {
        return db.one("SELECT * FROM session WHERE id = ?", ReadModelRepository::session, id);
    }

    /** The sessions, of one body if given, by start date. */
    public List<Session> sessions(String body) {
        return db.query("SELECT * FROM session WHERE (?::text IS NULL OR body = ?) ORDER BY starts_on, id",
                ReadModelRepository::session, body, body);
    }

    /** The latest session of the same body that started before this one, if any. */
    public Optional<Session> previousSession(Session s) {
        return db.one("SELECT * FROM session WHERE body = ? AND starts_on < ? ORDER BY starts_on DESC, id LIMIT 1",
                ReadModelRepository::session, s.body(), s.startsOn());
    }

    private static Object[] filterParams(RecommendationFilter f) {
        return new Object[]{f.area(), f.area(), f.stakeholder(), f.stakeholder(), f.stakeholder(), f.status(), f.status(), f.q(), f.q()};
    }

    private static Recommendation recommendation(ResultSet rs) throws SQLException {
        return new Recommendation(rs.getInt("number"), rs.getString("area"), rs.getString("area_name"),
                rs.getString("text"), rs.getString("stakeholder_action"), Db.strings(rs, "stakeholders"),
                (Integer) rs.getObject("a4p_paragraph"), rs.getString("context"), rs.getString("status"),
                rs.getObject("status_changed_at", OffsetDateTime.class), rs.getLong("version"));
    }

    private static StatusChange change(ResultSet rs) throws SQLException {
        return new StatusChange(rs.getInt("number"), rs.getString("from_status"), rs.getString("to_status"),
                rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"), rs.getString("note"),
                rs.getString("evidence_url"));
    }

    private Position position(ResultSet rs) throws SQLException {
        return new Position(rs.getInt("number"), rs.getString("stakeholder"), rs.getString("acceptance"),
                rs.getString("implementation"), rs.getString("note"), evidence(rs.getString("evidence")),
                rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"));
    }

    private PositionChange positionChange(ResultSet rs) throws SQLException {
        return new PositionChange(rs.getInt("number"), rs.getString("stakeholder"), rs.getString("change"),
                rs.getString("acceptance"), rs.getString("implementation"), rs.getString("previous_acceptance"),
                rs.getString("previous_implementation"), rs.getString("note"), evidence(rs.getString("evidence")),
                rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"));
    }

    private List<EvidenceReference> evidence(String stored) {
        try {
            return stored == null ? List.of() : json.readValue(stored, EVIDENCE);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored evidence is not a list of references: " + e.getOriginalMessage(), e);
        }
    }

    /** How the read model stores a position's evidence. */
    public String evidenceJson(List<EvidenceReference> evidence) {
        try {
            return json.writeValueAsString(evidence == null ? List.of() : evidence);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SessionOutcome outcome(ResultSet rs) throws SQLException {
        return new SessionOutcome(rs.getString("id"), rs.getString("outcome"), rs.getString("document_symbol"),
                rs.getString("note"), rs.getObject("recorded_at", OffsetDateTime.class));
    }

    private static Stakeholder stakeholder(ResultSet rs) throws SQLException {
        return new Stakeholder(rs.getString("code"), rs.getString("name"), rs.getString("kind"), rs.getString("category"));
    }

    private static Session session(ResultSet rs) throws SQLException {
        return new Session(rs.getString("id"), rs.getString("body"), rs.getString("title"), rs.getString("kind"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("location"), rs.getBoolean("tentative"));
    }
}
