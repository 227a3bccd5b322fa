package org.a4p.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.a4p.events.A4pPlusPriority;
import org.a4p.platform.problem.ProblemException;
import org.a4p.recommendations.model.PriorityChange;
import org.a4p.recommendations.model.Recommendation;
import org.a4p.recommendations.repository.PriorityChangeRepository;
import org.a4p.recommendations.repository.RecommendationRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A recommendation's A4P+ priorities (and cross-cutting themes), as the secretariat maps them; no mapping is official,
 * so none is seeded. A change replaces the whole set (a set: order and repeats do not matter), locks the recommendation,
 * bumps its version, appends the sets before and after to priority_change (the history, and what reads as of a moment
 * are answered from) and writes an upserted event, all in one transaction. The same set again changes nothing.
 */
@ApplicationScoped
public class PriorityService {

    private final RecommendationService recommendations;
    private final RecommendationRepository repository;
    private final PriorityChangeRepository changes;
    private final RecommendationEvents events;
    private final Clock clock;

    PriorityService(RecommendationService recommendations, RecommendationRepository repository, PriorityChangeRepository changes,
                    RecommendationEvents events, Clock clock) {
        this.recommendations = recommendations;
        this.repository = repository;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A4P+ codes as a set; a 400 problem on {@code field} naming the first value that is not one (checked before anything
     * is read or locked, so a refused request changes nothing). A value may hold several codes separated by commas
     * when {@code commaLists} (the query filter's form).
     */
    public static Set<A4pPlusPriority> codes(String field, Collection<String> values, boolean commaLists) {
        Set<A4pPlusPriority> codes = EnumSet.noneOf(A4pPlusPriority.class);
        if (values == null) {
            return codes;
        }
        for (String value : values) {
            if (commaLists && value != null && value.isBlank()) {
                continue; // ?priority= reads as no filter, like the other filters
            }
            List<String> parts = value == null ? Arrays.asList((String) null)
                    : commaLists ? Arrays.asList(value.split(",", -1)) : List.of(value);
            for (String part : parts) {
                String code = part == null ? null : commaLists ? part.strip() : part;
                A4pPlusPriority p = A4pPlusPriority.fromCode(code);
                if (p == null) {
                    throw ProblemException.badRequest(field, (code == null ? "null" : "'" + abbreviated(code) + "'")
                            + " is not an A4P+ priority or cross-cutting theme; one of " + Arrays.toString(A4pPlusPriority.values())
                            + " (see GET /frameworks/A4P_PLUS_2021)");
                }
                codes.add(p);
            }
        }
        return codes;
    }

    /** Replaces the priorities of recommendation {@code number} (at {@code expectedVersion}, null: any) with {@code wanted}. */
    @Transactional
    public Recommendation set(int number, Long expectedVersion, Set<A4pPlusPriority> wanted, String actor) {
        Recommendation r = recommendations.forUpdate(number, expectedVersion);
        if (r.priorities.equals(wanted)) {
            return r; // nothing changed: same version, no history entry, no event
        }
        List<A4pPlusPriority> before = r.sortedPriorities();
        r.priorities.clear();
        r.priorities.addAll(wanted);
        repository.flush(); // the changed collection bumps the recommendation's version
        PriorityChange change = new PriorityChange();
        change.recommendationNumber = number;
        change.priorities = PriorityChange.codes(r.sortedPriorities());
        change.previousPriorities = PriorityChange.codes(before);
        change.changedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        change.changedBy = actor;
        change.version = r.version;
        changes.persist(change);
        repository.flush();
        events.upserted(r);
        return r;
    }

    private static String abbreviated(String code) {
        return code.length() <= 64 ? code : code.substring(0, 64) + "…";
    }
}
