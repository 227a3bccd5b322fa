package org.a4p.events;

/**
 * How {@code GET /statistics} groups its figures (the wire value is the constant's name, as the design writes it:
 * {@code groupBy=area|stakeholder|year}): by Area of Commitment, by addressee (a position's stakeholder code), or by
 * the year a recommendation was issued.
 */
public enum StatisticsGroupBy {
    area, stakeholder, year
}
