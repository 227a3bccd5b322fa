package org.a4p.recommendations.mapping;

import org.a4p.recommendations.api.Statistics;
import org.a4p.recommendations.api.StatisticsGroup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * GET /statistics as a spreadsheet ({@link CsvWriter}): a header row whose first column is named after the grouping,
 * one row per group in the answer's order, then the TOTAL row. Rates are decimals from 0 to 1 with four places and a
 * point (0.7500), whatever the locale; an unknown rate (nothing to divide by) is an empty cell, never 0.
 */
public final class StatisticsCsv {

    public static final String CONTENT_TYPE = CsvWriter.CONTENT_TYPE;
    static final List<String> COLUMNS = List.of("name", "recommendations", "positions", "decided", "accepted", "implemented",
            "acceptanceRate", "implementationRate", "outstandingOver5Years");

    private StatisticsCsv() {
    }

    public static byte[] of(Statistics statistics) {
        List<String> header = new ArrayList<>(List.of(statistics.groupBy().name()));
        header.addAll(COLUMNS);
        CsvWriter csv = new CsvWriter(header);
        statistics.groups().forEach(g -> csv.row(row(g)));
        return csv.row(row(statistics.total())).bytes();
    }

    private static List<String> row(StatisticsGroup g) {
        return List.of(g.key(), g.name() == null ? "" : g.name(), Integer.toString(g.recommendations()),
                Integer.toString(g.positions()), Integer.toString(g.decided()), Integer.toString(g.accepted()),
                Integer.toString(g.implemented()), rate(g.acceptanceRate()), rate(g.implementationRate()),
                Integer.toString(g.outstandingOver5Years()));
    }

    static String rate(Double rate) {
        return rate == null ? "" : BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
