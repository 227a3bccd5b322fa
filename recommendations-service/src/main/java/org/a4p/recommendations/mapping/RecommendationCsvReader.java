package org.a4p.recommendations.mapping;

import org.a4p.recommendations.api.ImportRowError;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV in the export's form ({@link RecommendationCsv}) back: RFC 4180 with CRLF or LF line ends, the byte
 * order mark optional, the header matched without regard to case or surrounding spaces, the columns in any order,
 * plus an optional Version column. Each cell loses the export's formula mark ({@link CsvWriter#unmarked}),
 * so that an exported value comes back exactly as it was.
 */
public final class RecommendationCsvReader {

    private static final char QUOTE = '"';

    private RecommendationCsvReader() {
    }

    public static ImportSheet read(byte[] body) {
        List<Record> records = records(utf8(body));
        if (records.isEmpty()) {
            throw new ImportSheet.Unreadable(400, null, null, "the file is empty; send the export's header row and one row per recommendation");
        }
        Record header = records.get(0);
        if (!header.errors.isEmpty()) {
            throw new ImportSheet.Unreadable(400, 1, null, "the header row " + header.errors.get(0));
        }
        ImportField[] byColumn = fields(header.cells);
        Map<ImportField, String> names = new LinkedHashMap<>();
        for (int i = 0; i < byColumn.length; i++) {
            names.put(byColumn[i], header.cells.get(i).strip());
        }
        List<ImportSheet.Row> rows = new ArrayList<>();
        for (Record r : records.subList(1, records.size())) {
            if (r.cells.stream().allMatch(String::isEmpty) && r.errors.isEmpty()) {
                continue; // a blank line, or a spreadsheet's empty row
            }
            if (rows.size() == ImportSheet.MAX_ROWS) {
                throw new ImportSheet.Unreadable(413, r.row, null, "more than " + ImportSheet.MAX_ROWS + " rows; split the file");
            }
            List<ImportRowError> errors = new ArrayList<>();
            r.errors.forEach(e -> errors.add(new ImportRowError(r.row, null, null, e)));
            Map<ImportField, String> cells = new EnumMap<>(ImportField.class);
            if (r.cells.size() != byColumn.length) {
                errors.add(new ImportRowError(r.row, null, null,
                        "has " + r.cells.size() + " cells; the header has " + byColumn.length));
            } else {
                for (int i = 0; i < byColumn.length; i++) {
                    String value = CsvWriter.unmarked(r.cells.get(i));
                    if (!value.isEmpty()) {
                        cells.put(byColumn[i], value);
                    }
                }
            }
            rows.add(new ImportSheet.Row(r.row, cells, errors));
        }
        return new ImportSheet(names, rows);
    }

    private static ImportField[] fields(List<String> header) {
        ImportField[] byColumn = new ImportField[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            ImportField f = ImportField.byHeader(name).orElseThrow(() -> new ImportSheet.Unreadable(400, 1, name,
                    "unknown column; the columns are the export's " + RecommendationCsv.HEADER + " and Version"));
            if (Arrays.asList(byColumn).contains(f)) {
                throw new ImportSheet.Unreadable(400, 1, name, "the column appears twice");
            }
            byColumn[i] = f;
        }
        List<String> missing = Arrays.stream(ImportField.values())
                .filter(f -> !f.optional() && !Arrays.asList(byColumn).contains(f)).map(ImportField::header).toList();
        if (!missing.isEmpty()) {
            throw new ImportSheet.Unreadable(400, 1, null, "the header lacks the column(s) " + missing);
        }
        return byColumn;
    }

    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportSheet.Unreadable(400, null, null, "the file is not UTF-8 text (save it as \"CSV UTF-8\")");
        }
    }

    /** One CSV record: its spreadsheet row number, its cells, and what was wrong with its quoting. */
    private record Record(int row, List<String> cells, List<String> errors) {
    }

    /**
     * RFC 4180 records. A quote inside an unquoted cell, or text after a closing quote, is kept as written and
     * reported against its row; a quote left open swallows the rest of the file, so the file is refused.
     */
    private static List<Record> records(String text) {
        List<Record> records = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int row = records.size() + 1;
            List<String> cells = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                cell.setLength(0);
                if (i < n && text.charAt(i) == QUOTE) {
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new ImportSheet.Unreadable(400, row, null, "a quoted cell is never closed");
                        }
                        char c = text.charAt(i++);
                        if (c == QUOTE) {
                            if (i < n && text.charAt(i) == QUOTE) {
                                cell.append(QUOTE);
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            cell.append(c);
                        }
                    }
                    int after = i;
                    while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        cell.append(text.charAt(i++));
                    }
                    if (i > after) {
                        errors.add("has text after a closing quote in cell " + (cells.size() + 1));
                    }
                } else {
                    while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        char c = text.charAt(i++);
                        if (c == QUOTE && errors.isEmpty()) {
                            errors.add("has a quote inside unquoted cell " + (cells.size() + 1) + " (quote the cell and double the quote)");
                        }
                        cell.append(c);
                    }
                }
                cells.add(cell.toString());
                if (i < n && text.charAt(i) == ',') {
                    i++;
                } else {
                    if (i < n && text.charAt(i) == '\r') {
                        i++;
                    }
                    if (i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    endOfRecord = true;
                }
            }
            records.add(new Record(row, cells, errors));
        }
        return records;
    }
}
