package org.a4p.recommendations.mapping;

import org.a4p.recommendations.api.ImportRowError;

import java.util.List;
import java.util.Map;

/**
 * An import file as read, before any rule is applied: its rows with their cells as text (a cell the file leaves
 * empty or out is absent), what was wrong with a row's form, and the names the file gave its columns.
 *
 * @param columns the column name each field had in the file (CSV header as written, or the JSON property)
 */
public record ImportSheet(Map<ImportField, String> columns, List<Row> rows) {

    /** More rows than one request may import: a larger file is refused as a whole (413). */
    public static final int MAX_ROWS = 1000;

    /**
     * @param row    CSV: the spreadsheet row (the header is row 1, the first recommendation row 2); JSON: the
     *               1-based position in the array
     * @param errors what was wrong with the row's form (a cell count, a JSON type), before any rule
     */
    public record Row(int row, Map<ImportField, String> cells, List<ImportRowError> errors) {
        public String cell(ImportField field) {
            return cells.get(field);
        }
    }

    public String column(ImportField field) {
        return columns.getOrDefault(field, field.header());
    }

    /** A file that cannot be read as rows at all; {@code status} is 400, or 413 for too many rows. */
    public static final class Unreadable extends RuntimeException {
        private final int status;
        private final transient ImportRowError error;

        public Unreadable(int status, Integer row, String column, String message) {
            super(message, null, false, false);
            this.status = status;
            this.error = new ImportRowError(row, column, null, message);
        }

        public int status() {
            return status;
        }

        public ImportRowError error() {
            return error;
        }
    }
}
