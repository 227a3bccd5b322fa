package org.a4p.recommendations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.StakeholderCategory;
import org.a4p.recommendations.model.Recommendation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<Recommendation, Integer> {

    public record Page(List<Recommendation> items, long total) {
    }

    /** The status at :asOf: set by the last change until then, else the first change's from-status, else today's. */
    private static final String STATUS_AS_OF = """
            COALESCE((SELECT sc.to_status FROM status_change sc WHERE sc.recommendation_number = r.number
                      AND sc.changed_at <= :asOf ORDER BY sc.changed_at DESC, sc.id DESC LIMIT 1),
                     (SELECT sc.from_status FROM status_change sc WHERE sc.recommendation_number = r.number
                      ORDER BY sc.changed_at, sc.id LIMIT 1),
                     r.status)""";

    /** The last recorded state of :positionOf's position at :asOf. */
    private static final String POSITION_AS_OF = """
            SELECT pc.kind, pc.acceptance, pc.implementation FROM position_change pc
            WHERE pc.recommendation_number = r.number AND pc.stakeholder = :positionOf AND pc.changed_at <= :asOf
            ORDER BY pc.changed_at DESC, pc.id DESC LIMIT 1""";

    /** The priorities recorded at :asOf: the set the last change until then left (none before the first change). */
    private static final String PRIORITIES_AS_OF = """
            SELECT pc.priorities FROM priority_change pc
            WHERE pc.recommendation_number = r.number AND pc.changed_at <= :asOf
            ORDER BY pc.changed_at DESC, pc.id DESC LIMIT 1""";

    /**
     * The filtered page, ordered by number. Native SQL because full-text search uses the generated
     * {@code search} column and {@code websearch_to_tsquery} (never a syntax error, whatever a user types).
     */
    public Page search(RecommendationSearch s) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Consumer<Query>> binds = new ArrayList<>();
        if (s.area() != null) {
            where.append(" AND r.area_code = :area");
            binds.add(q -> q.setParameter("area", s.area()));
        }
        if (s.asOf() != null) {
            where.append(" AND r.created_at <= :asOf");
            binds.add(q -> q.setParameter("asOf", s.asOf()));
        }
        if (s.status() != null) {
            where.append(" AND ").append(s.asOf() == null ? "r.status" : STATUS_AS_OF).append(" = :status");
            binds.add(q -> q.setParameter("status", s.status().name()));
        }
        if (s.positionOf() != null) {
            where.append(s.asOf() == null
                    ? " AND EXISTS (SELECT 1 FROM position p WHERE p.recommendation_number = r.number AND p.stakeholder = :positionOf"
                    : " AND EXISTS (SELECT 1 FROM (" + POSITION_AS_OF + ") p WHERE p.kind = 'SET'");
            binds.add(q -> q.setParameter("positionOf", s.positionOf()));
            if (s.acceptance() != null) {
                where.append(" AND p.acceptance = :acceptance");
                binds.add(q -> q.setParameter("acceptance", s.acceptance().name()));
            }
            if (s.implementation() != null) {
                where.append(" AND p.implementation = :implementation");
                binds.add(q -> q.setParameter("implementation", s.implementation().name()));
            }
            where.append(')');
        }
        if (!s.priorities().isEmpty()) {
            where.append(s.asOf() == null
                    ? " AND EXISTS (SELECT 1 FROM recommendation_priority rp WHERE rp.recommendation_number = r.number AND rp.priority IN (:priorities))"
                    : " AND EXISTS (SELECT 1 FROM (" + PRIORITIES_AS_OF + ") pc, unnest(pc.priorities) AS p(code) WHERE p.code IN (:priorities))");
            List<String> codes = s.priorities().stream().map(Enum::name).sorted().toList();
            binds.add(q -> q.setParameter("priorities", codes));
        }
        if (s.a4pParagraph() != null) {
            where.append(" AND r.a4p_paragraph = :para");
            binds.add(q -> q.setParameter("para", s.a4pParagraph()));
        }
        int i = 0;
        for (StakeholderCategory c : s.stakeholders()) {
            String p = "stakeholder" + i++;
            where.append(" AND EXISTS (SELECT 1 FROM recommendation_stakeholder rs WHERE rs.recommendation_number = r.number AND rs.stakeholder = :")
                    .append(p).append(')');
            binds.add(q -> q.setParameter(p, c.name()));
        }
        if (s.text() != null) {
            where.append(" AND r.search @@ websearch_to_tsquery('english', :text)");
            binds.add(q -> q.setParameter("text", s.text()));
        }
        var em = getEntityManager();
        Query count = em.createNativeQuery("SELECT count(*) FROM recommendation r" + where);
        binds.forEach(b -> b.accept(count));
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || (long) s.page() * s.size() >= total) {
            return new Page(List.of(), total);
        }
        Query numbers = em.createNativeQuery("SELECT r.number FROM recommendation r" + where
                + " ORDER BY r.number LIMIT :limit OFFSET :offset");
        binds.forEach(b -> b.accept(numbers));
        numbers.setParameter("limit", s.size());
        numbers.setParameter("offset", (long) s.page() * s.size());
        List<Integer> ids = ((List<?>) numbers.getResultList()).stream().map(n -> ((Number) n).intValue()).toList();
        List<Recommendation> items = new ArrayList<>(list("number in ?1", ids));
        items.sort(Comparator.comparing(r -> r.number));
        return new Page(items, total);
    }

    /** The status of every recommendation that existed at {@code asOf}, as recorded then (STATUS_AS_OF), by number. */
    public Map<Integer, RecommendationStatus> statusesAt(OffsetDateTime asOf) {
        List<?> rows = getEntityManager().createNativeQuery("SELECT r.number, " + STATUS_AS_OF
                        + " FROM recommendation r WHERE r.created_at <= :asOf")
                .setParameter("asOf", asOf).getResultList();
        Map<Integer, RecommendationStatus> statuses = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            statuses.put(((Number) columns[0]).intValue(), RecommendationStatus.valueOf((String) columns[1]));
        }
        return statuses;
    }

    public List<Recommendation> inNumberOrder() {
        return list("order by number");
    }

    /**
     * Loads a recommendation for a change, locking its row so concurrent changes queue up behind each other. The row is
     * locked first, by a statement of its own, and then loaded: left to itself (a find with PESSIMISTIC_WRITE),
     * Hibernate 7 loads an entity with eager collections unlocked and locks its row afterwards with a query it builds
     * again for every call ("follow-on locking"; it refuses to lock the load's own query, an outer join), which was
     * the largest single part of a status change's CPU in the service (issue 17's write path). The version read under
     * the lock tells whether an instance this transaction had already loaded is still current.
     */
    public Optional<Recommendation> findForUpdate(int number) {
        List<?> locked = getEntityManager()
                .createNativeQuery("SELECT version FROM recommendation WHERE number = :number FOR NO KEY UPDATE")
                .setParameter("number", number).getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Recommendation r = getEntityManager().find(Recommendation.class, number);
        if (r.version != ((Number) locked.get(0)).longValue()) {
            getEntityManager().refresh(r); // loaded earlier in this transaction, changed since by another
        }
        return Optional.of(r);
    }

    public int nextFreeNumber() {
        Number max = (Number) getEntityManager().createNativeQuery("SELECT coalesce(max(number), 0) FROM recommendation")
                .getSingleResult();
        return max.intValue() + 1;
    }

    /** Serialises creations so that two POSTs cannot pick the same next free number. */
    public void lockForCreate() {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(:lock)")
                .setParameter("lock", 0x0A4B_1001L).getSingleResult();
    }
}
