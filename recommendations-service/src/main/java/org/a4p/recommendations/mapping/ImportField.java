package org.a4p.recommendations.mapping;

import java.util.Locale;
import java.util.Optional;

/** The fields of an imported row: the export's columns (by their CSV header and their API name) plus the version. */
public enum ImportField {
    AREA(RecommendationCsv.HEADER.get(0), "area"),
    NUMBER(RecommendationCsv.HEADER.get(1), "number"),
    TEXT(RecommendationCsv.HEADER.get(2), "text"),
    STAKEHOLDER_ACTION(RecommendationCsv.HEADER.get(3), "stakeholderAction"),
    A4P_PARAGRAPH(RecommendationCsv.HEADER.get(4), "a4pParagraph"),
    CONTEXT(RecommendationCsv.HEADER.get(5), "context"),
    STATUS(RecommendationCsv.HEADER.get(6), "status"),
    VERSION("Version", "version");

    private final String header;
    private final String apiName;

    ImportField(String header, String apiName) {
        this.header = header;
        this.apiName = apiName;
    }

    /** The CSV header, as the export writes it. */
    public String header() {
        return header;
    }

    /** The JSON property, as the API names it elsewhere. */
    public String apiName() {
        return apiName;
    }

    /** The only column a file may leave out: a row without a version can still be unchanged. */
    public boolean optional() {
        return this == VERSION;
    }

    static Optional<ImportField> byHeader(String header) {
        String wanted = header.strip().toLowerCase(Locale.ROOT);
        for (ImportField f : values()) {
            if (f.header.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    static Optional<ImportField> byApiName(String name) {
        for (ImportField f : values()) {
            if (f.apiName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
