package org.a4p.stakeholders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.a4p.events.SessionOutcome;

import java.time.OffsetDateTime;
import java.util.Objects;

/** How a session ended, on the session's own row; a session without one holds null (every column NULL). */
@Embeddable
public class RecordedOutcome {

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    public SessionOutcome outcome;
    @Column(name = "outcome_document_symbol")
    public String documentSymbol;
    @Column(name = "outcome_note")
    public String note;
    @Column(name = "outcome_recorded_by")
    public String recordedBy;
    @Column(name = "outcome_recorded_at")
    public OffsetDateTime recordedAt;

    /** Same outcome, symbol and note: recording it again is no change (who and when do not count). */
    public boolean sameAs(RecordedOutcome other) {
        return other != null && outcome == other.outcome && Objects.equals(documentSymbol, other.documentSymbol)
                && Objects.equals(note, other.note);
    }
}
