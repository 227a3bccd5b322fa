package org.a4p.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.a4p.events.RecommendationStatus;
import org.a4p.events.StakeholderCategory;
import org.a4p.platform.problem.ProblemException;
import org.a4p.recommendations.api.ImportResult;
import org.a4p.recommendations.api.ImportRowError;
import org.a4p.recommendations.api.ImportRowResult;
import org.a4p.recommendations.api.RecommendationInput;
import org.a4p.recommendations.api.StatusChangeRequest;
import org.a4p.recommendations.mapping.ImportField;
import org.a4p.recommendations.mapping.ImportSheet;
import org.a4p.recommendations.model.Area;
import org.a4p.recommendations.model.Recommendation;
import org.a4p.recommendations.repository.AreaRepository;
import org.a4p.recommendations.repository.RecommendationRepository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Bulk import: every row of a file is checked against the rules of the single-item writes, and only a file without
 * a bad row is applied, through those writes ({@link RecommendationService#create}, {@code edit}, {@code changeStatus}),
 * all in one transaction, so that the events, the history and the read cache follow as for the single writes.
 *
 * <p>A row equal to the recommendation as it is changes nothing whatever its version: re-sending a file that was
 * applied is a no-op. A row that changes something must name the version it was made against (optimistic
 * concurrency per row, the If-Match of the single writes).
 */
@ApplicationScoped
public class ImportService {

    static final String NOTE = "bulk import";

    private final RecommendationService recommendations;
    private final RecommendationRepository repository;
    private final AreaRepository areas;
    private final Validator validator;

    ImportService(RecommendationService recommendations, RecommendationRepository repository, AreaRepository areas, Validator validator) {
        this.recommendations = recommendations;
        this.repository = repository;
        this.areas = areas;
        this.validator = validator;
    }

    /** A 400 (or 413) problem for a file that cannot be read as rows. */
    public static ProblemException unreadable(ImportSheet.Unreadable e) {
        if (e.status() == 413) {
            // the platform's 413 (a body above the byte limit) has no errors either: one shape for both
            return new ProblemException(413, "payload-too-large", "Payload too large", e.getMessage(), null, null);
        }
        return new ProblemException(400, "unreadable-import", "Unreadable import", "nothing was changed: " + (e.error().column() == null ? "" : e.error().column() + ": ") + e.getMessage(),
                null, Map.of("errors", List.of(e.error())));
    }

    /** What the rows would do (dry run), or does it; a 422 problem naming every bad row, and no change, otherwise. */
    @Transactional
    public ImportResult run(ImportSheet sheet, boolean dryRun, String actor) {
        if (sheet.rows().isEmpty()) {
            throw unreadable(new ImportSheet.Unreadable(400, null, null, "the file has no rows (only a header?)"));
        }
        List<ImportRowError> errors = new ArrayList<>();
        Map<Integer, Recommendation> current = current(sheet, dryRun);
        Map<Integer, Integer> firstRow = new HashMap<>();
        List<Area> known = areas.listAll();
        List<Plan> plans = new ArrayList<>();
        for (ImportSheet.Row row : sheet.rows()) {
            Checked checked = new Checked(sheet, row, known);
            Plan plan = checked.plan(current, firstRow);
            errors.addAll(checked.errors);
            if (plan != null && checked.errors.isEmpty()) {
                plans.add(plan);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing((ImportRowError e) -> e.row() == null ? 0 : e.row())
                    .thenComparing(e -> e.column() == null ? "" : e.column()));
            String rows = errors.stream().map(e -> String.valueOf(e.row())).distinct().collect(Collectors.joining(", "));
            throw new ProblemException(422, "invalid-import", "Invalid import",
                    "nothing was changed: " + errors.size() + " problem(s) in row(s) " + rows, null, Map.of("errors", errors));
        }
        List<ImportRowResult> results = new ArrayList<>();
        for (Plan p : plans) {
            Long version = dryRun ? p.versionNow() : apply(p, actor);
            results.add(new ImportRowResult(p.row, p.number, p.action(), p.changes, version));
        }
        int created = (int) results.stream().filter(r -> r.action() == ImportRowResult.Action.CREATE).count();
        int unchanged = (int) results.stream().filter(r -> r.action() == ImportRowResult.Action.UNCHANGED).count();
        return new ImportResult(dryRun, results.size(), created, results.size() - created - unchanged, unchanged, results);
    }

    /**
     * The file's existing recommendations. An import locks them, in number order (two imports never wait for each
     * other crosswise), so that nothing changes between the check of a row and its write.
     */
    private Map<Integer, Recommendation> current(ImportSheet sheet, boolean dryRun) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (ImportSheet.Row row : sheet.rows()) {
            Integer n = integer(row.cell(ImportField.NUMBER), 1, RecommendationInput.MAX_NUMBER);
            if (n != null) {
                numbers.add(n);
            }
        }
        Map<Integer, Recommendation> found = new HashMap<>();
        for (int n : numbers) {
            (dryRun ? repository.findByIdOptional(n) : repository.findForUpdate(n)).ifPresent(r -> found.put(n, r));
        }
        return found;
    }

    private Long apply(Plan p, String actor) {
        Recommendation r = switch (p.action()) {
            case CREATE -> recommendations.create(p.input, actor);
            case UPDATE, UPDATE_AND_STATUS_CHANGE -> recommendations.edit(p.number, p.expectedVersion, p.input);
            case STATUS_CHANGE, UNCHANGED -> p.existing;
        };
        if (p.newStatus != null) {
            // the row's version was checked (and the recommendation locked) above; an edit of this row has bumped it
            r = recommendations.changeStatus(p.number, null, new StatusChangeRequest(p.newStatus, NOTE, null, null), actor);
        }
        return r.version;
    }

    /** What one valid row does. */
    private static final class Plan {
        final int row;
        final int number;
        final Recommendation existing;
        final RecommendationInput input;
        final RecommendationStatus newStatus;
        final Long expectedVersion;
        final List<String> changes;

        Plan(int row, int number, Recommendation existing, RecommendationInput input, RecommendationStatus newStatus,
             Long expectedVersion, List<String> changes) {
            this.row = row;
            this.number = number;
            this.existing = existing;
            this.input = input;
            this.newStatus = newStatus;
            this.expectedVersion = expectedVersion;
            this.changes = changes;
        }

        boolean edits() {
            return changes.stream().anyMatch(c -> !c.equals(ImportField.STATUS.apiName()));
        }

        ImportRowResult.Action action() {
            if (existing == null) {
                return ImportRowResult.Action.CREATE;
            }
            if (edits()) {
                return newStatus == null ? ImportRowResult.Action.UPDATE : ImportRowResult.Action.UPDATE_AND_STATUS_CHANGE;
            }
            return newStatus == null ? ImportRowResult.Action.UNCHANGED : ImportRowResult.Action.STATUS_CHANGE;
        }

        Long versionNow() {
            return existing == null ? null : existing.version;
        }
    }

    /** One row checked against the rules; {@link #errors} holds what breaks them. */
    private final class Checked {
        final ImportSheet sheet;
        final ImportSheet.Row row;
        final List<Area> known;
        final List<ImportRowError> errors = new ArrayList<>();
        Integer number;

        Checked(ImportSheet sheet, ImportSheet.Row row, List<Area> known) {
            this.sheet = sheet;
            this.row = row;
            this.known = known;
            errors.addAll(row.errors());
        }

        void error(ImportField field, String message) {
            errors.add(new ImportRowError(row.row(), field == null ? null : sheet.column(field), number, message));
        }

        boolean failed(ImportField field) {
            String column = sheet.column(field);
            return errors.stream().anyMatch(e -> column.equals(e.column()));
        }

        Plan plan(Map<Integer, Recommendation> current, Map<Integer, Integer> firstRow) {
            if (!row.errors().isEmpty() && row.cells().isEmpty()) {
                return null; // its form is wrong as a whole (cell count, not an object): nothing more to say
            }
            number = integer(row.cell(ImportField.NUMBER), 1, RecommendationInput.MAX_NUMBER);
            if (number == null) {
                if (!failed(ImportField.NUMBER)) { // a JSON number of the wrong type is named already
                    error(ImportField.NUMBER, row.cell(ImportField.NUMBER) == null ? "is required"
                            : "must be a whole number from 1 to " + RecommendationInput.MAX_NUMBER);
                }
                return null;
            }
            Integer earlier = firstRow.putIfAbsent(number, row.row());
            if (earlier != null) {
                error(ImportField.NUMBER, "recommendation " + number + " is already on row " + earlier + "; one row per recommendation");
                return null;
            }
            for (Map.Entry<ImportField, String> cell : row.cells().entrySet()) {
                if (cell.getValue().indexOf('\u0000') >= 0) {
                    error(cell.getKey(), "must not contain the NUL character");
                }
            }
            Recommendation existing = current.get(number);
            Area area = area(row.cell(ImportField.AREA));
            Integer paragraph = integer(row.cell(ImportField.A4P_PARAGRAPH), 1, 99);
            if (row.cell(ImportField.A4P_PARAGRAPH) != null && paragraph == null) {
                error(ImportField.A4P_PARAGRAPH, "must be a whole number from 1 to 99");
            }
            RecommendationStatus status = status(row.cell(ImportField.STATUS));
            Long version = version(row.cell(ImportField.VERSION));
            String action = row.cell(ImportField.STAKEHOLDER_ACTION);
            boolean sameAction = existing != null && existing.stakeholderAction.equals(action);
            // unchanged words keep the stakeholders they have (they may have been listed explicitly); new words derive them
            List<StakeholderCategory> stakeholders = sameAction ? existing.sortedStakeholders() : null;
            RecommendationInput input = new RecommendationInput(number, row.cell(ImportField.TEXT), action, stakeholders,
                    area == null ? row.cell(ImportField.AREA) : area.code, paragraph, row.cell(ImportField.CONTEXT), null);
            validate(input);
            if (!sameAction && action != null && !failed(ImportField.STAKEHOLDER_ACTION)
                    && StakeholderDerivation.derive(action).isEmpty()) {
                error(ImportField.STAKEHOLDER_ACTION, "names no stakeholder category (Member States, Security Council, "
                        + "Secretariat, Field Missions, Think tanks/researchers)");
            }
            if (!errors.isEmpty()) {
                return null;
            }
            List<String> changes = changes(existing, input, status);
            RecommendationStatus from = existing == null ? RecommendationStatus.PROPOSED : existing.status;
            RecommendationStatus newStatus = status == from ? null : status;
            if (newStatus != null && !from.canChangeTo(newStatus)) {
                error(ImportField.STATUS, "cannot change from " + from + " to " + newStatus + (from.allowedNext().isEmpty()
                        ? " (" + from + " is final)" : "; allowed: " + from.allowedNext().stream().sorted().toList()));
            }
            if (existing == null && version != null) {
                error(ImportField.VERSION, "recommendation " + number + " does not exist; leave the version empty to create it");
            } else if (existing != null && !changes.isEmpty() && !Objects.equals(version, existing.version)) {
                error(ImportField.VERSION, version == null
                        ? "is required for a row that changes recommendation " + number + " (its version now is " + existing.version + ")"
                        : "recommendation " + number + " is at version " + existing.version + ", not " + version
                        + "; it was changed since: export again and redo the change");
            }
            return new Plan(row.row(), number, existing, input, newStatus, version, changes);
        }

        private void validate(RecommendationInput input) {
            for (ConstraintViolation<RecommendationInput> v : validator.validate(input)) {
                String property = v.getPropertyPath().iterator().next().getName();
                ImportField field = "stakeholders".equals(property) ? ImportField.STAKEHOLDER_ACTION
                        : Arrays.stream(ImportField.values()).filter(f -> f.apiName().equals(property)).findFirst().orElse(null);
                if (field == null || !failed(field)) {
                    error(field, v.getMessage());
                }
            }
        }

        private Area area(String cell) {
            if (cell == null) {
                return null; // the validation says it is required
            }
            String wanted = cell.strip();
            Optional<Area> found = known.stream()
                    .filter(a -> a.code.equals(wanted) || a.name.equalsIgnoreCase(wanted)).findFirst();
            if (found.isEmpty()) {
                error(ImportField.AREA, "unknown Area of Commitment '" + cell + "' (a name as the export writes it, or a code of GET /areas)");
            }
            return found.orElse(null);
        }

        private RecommendationStatus status(String cell) {
            if (cell == null) {
                error(ImportField.STATUS, "is required");
                return null;
            }
            try {
                return RecommendationStatus.valueOf(cell.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(ImportField.STATUS, "must be one of " + List.of(RecommendationStatus.values()));
                return null;
            }
        }

        private Long version(String cell) {
            if (cell == null) {
                return null;
            }
            try {
                long v = Long.parseLong(cell.strip().replace("\"", ""));
                if (v >= 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // below
            }
            error(ImportField.VERSION, "must be a whole number (the ETag without its quotes) or empty");
            return null;
        }
    }

    /** The API names of the fields {@code input} and {@code status} change; every field for a new recommendation. */
    private static List<String> changes(Recommendation r, RecommendationInput in, RecommendationStatus status) {
        List<String> changes = new ArrayList<>();
        boolean isNew = r == null;
        if (isNew || !r.area.code.equals(in.area())) {
            changes.add(ImportField.AREA.apiName());
        }
        if (isNew || !r.text.equals(in.text())) {
            changes.add(ImportField.TEXT.apiName());
        }
        if (isNew || !r.stakeholderAction.equals(in.stakeholderAction())) {
            changes.add(ImportField.STAKEHOLDER_ACTION.apiName());
        }
        if (isNew || r.a4pParagraph != in.a4pParagraph()) {
            changes.add(ImportField.A4P_PARAGRAPH.apiName());
        }
        if (isNew || !Objects.equals(r.context, in.context())) {
            changes.add(ImportField.CONTEXT.apiName());
        }
        if (isNew ? status != RecommendationStatus.PROPOSED : r.status != status) {
            changes.add(ImportField.STATUS.apiName());
        }
        return changes;
    }

    /** The cell as a whole number within the bounds, or null if it is absent or not one. */
    private static Integer integer(String cell, int min, int max) {
        if (cell == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(cell.strip());
            return n >= min && n <= max ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
