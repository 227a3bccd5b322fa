package org.a4p.recommendations.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.a4p.platform.http.RequestText;
import org.a4p.platform.json.StrictJson;
import org.a4p.recommendations.api.ImportRowError;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON form of an import: an array of rows, or {@code {"rows": [...]}}, each row an object with the
 * API's property names. A property of the wrong type is a problem of its row (not of the whole body), so that
 * every bad row can be named at once, as for a CSV.
 */
public final class ImportJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ImportJsonReader() {
    }

    public static ImportSheet read(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ImportSheet.Unreadable(400, null, null, "the body is not valid JSON"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new ImportSheet.Unreadable(400, null, null, "the body cannot be read");
        }
        if (root == null || root.isMissingNode()) {
            throw new ImportSheet.Unreadable(400, null, null, "the body is empty; send an array of rows");
        }
        JsonNode array = root.isObject() && root.size() == 1 && root.has("rows") ? root.get("rows") : root;
        if (!array.isArray()) {
            throw new ImportSheet.Unreadable(400, null, null, "the body must be an array of rows, or {\"rows\": [...]}");
        }
        if (array.size() > ImportSheet.MAX_ROWS) {
            throw new ImportSheet.Unreadable(413, null, null, "more than " + ImportSheet.MAX_ROWS + " rows; split the file");
        }
        Map<ImportField, String> names = new LinkedHashMap<>();
        for (ImportField f : ImportField.values()) {
            names.put(f, f.apiName());
        }
        List<ImportSheet.Row> rows = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            rows.add(row(i + 1, array.get(i)));
        }
        return new ImportSheet(names, rows);
    }

    private static ImportSheet.Row row(int row, JsonNode node) {
        Map<ImportField, String> cells = new EnumMap<>(ImportField.class);
        List<ImportRowError> errors = new ArrayList<>();
        if (!node.isObject()) {
            errors.add(new ImportRowError(row, null, null, "must be an object"));
            return new ImportSheet.Row(row, cells, errors);
        }
        node.properties().forEach(p -> {
            ImportField f = ImportField.byApiName(p.getKey()).orElse(null);
            JsonNode v = p.getValue();
            if (f == null) {
                errors.add(new ImportRowError(row, p.getKey(), null, "unknown property"));
            } else if (v.isNull()) {
                // absent
            } else if (isInteger(f)) {
                if (v.isIntegralNumber() && v.canConvertToLong()) {
                    cells.put(f, Long.toString(v.longValue()));
                } else {
                    errors.add(new ImportRowError(row, f.apiName(), null, "must be an integer"));
                }
            } else if (v.isTextual() && RequestText.hasLoneSurrogate(v.textValue())) {
                // no Unicode text: PostgreSQL would store '?' in its place
                errors.add(new ImportRowError(row, f.apiName(), null, StrictJson.UNPAIRED_SURROGATE));
            } else if (v.isTextual()) {
                if (!v.textValue().isEmpty()) {
                    cells.put(f, v.textValue());
                }
            } else {
                errors.add(new ImportRowError(row, f.apiName(), null, "must be a string"));
            }
        });
        return new ImportSheet.Row(row, cells, errors);
    }

    private static boolean isInteger(ImportField f) {
        return f == ImportField.NUMBER || f == ImportField.A4P_PARAGRAPH || f == ImportField.VERSION;
    }
}
