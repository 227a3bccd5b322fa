package org.a4p.recommendations.mapping;

import org.a4p.recommendations.model.Recommendation;

import java.util.List;

/** The report's table plus the current status, as a spreadsheet-friendly CSV ({@link CsvWriter}). */
public final class RecommendationCsv {

    public static final String CONTENT_TYPE = CsvWriter.CONTENT_TYPE;
    static final List<String> HEADER = List.of("Areas of Commitment", "No", "Recommendation (the 'what')",
            "Stakeholder Action (the 'how')", "A4P Para", "Context (see report)", "Status");

    private RecommendationCsv() {
    }

    /** UTF-8 bytes: the byte order mark, the header row, one row per recommendation in the given order. */
    public static byte[] of(List<Recommendation> recommendations) {
        CsvWriter csv = new CsvWriter(HEADER);
        for (Recommendation r : recommendations) {
            csv.row(List.of(r.area.name, Integer.toString(r.number), r.text, r.stakeholderAction,
                    Integer.toString(r.a4pParagraph), r.context, r.status.name()));
        }
        return csv.bytes();
    }
}
