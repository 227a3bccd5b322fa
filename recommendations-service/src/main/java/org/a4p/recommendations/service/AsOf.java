package org.a4p.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.platform.problem.ProblemException;
import org.a4p.recommendations.model.Recommendation;
import org.a4p.recommendations.repository.RecommendationRepository;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Reads "as of" a moment: the past from the recorded history, a moment not yet past as the present. */
@ApplicationScoped
public class AsOf {

    private final RecommendationRepository recommendations;
    private final Clock clock;

    AsOf(RecommendationRepository recommendations, Clock clock) {
        this.recommendations = recommendations;
        this.clock = clock;
    }

    /** {@code at} when it is in the past, else null (the present: nothing recorded can be later than now). */
    public OffsetDateTime pastOrNull(OffsetDateTime at) {
        return at == null || !at.toInstant().isBefore(clock.instant()) ? null : at;
    }

    /** The recommendation if it existed at {@code at} (null: now); a 404 problem if not. */
    Recommendation existing(int number, OffsetDateTime at) {
        Recommendation r = recommendations.findByIdOptional(number).orElse(null);
        if (r == null || at != null && r.createdAt.isAfter(at)) {
            throw ProblemException.notFound("no recommendation " + number + (r == null ? "" : " as of " + at));
        }
        return r;
    }
}
