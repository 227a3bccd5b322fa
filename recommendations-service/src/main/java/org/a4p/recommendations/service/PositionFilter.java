package org.a4p.recommendations.service;

import org.a4p.events.PositionAcceptance;
import org.a4p.events.PositionImplementation;
import org.a4p.platform.problem.ProblemException;

/** {@code ?positionOf=&acceptance=&implementation=} of the list: acceptance and implementation need the addressee. */
public record PositionFilter(String stakeholder, PositionAcceptance acceptance, PositionImplementation implementation) {

    public static final PositionFilter NONE = new PositionFilter(null, null, null);

    public PositionFilter {
        if (stakeholder == null && (acceptance != null || implementation != null)) {
            throw ProblemException.badRequest(acceptance != null ? "acceptance" : "implementation",
                    "filters the position of an addressee: give positionOf too");
        }
    }
}
