package org.a4p.notifications.mapping;

import org.a4p.notifications.api.Briefing;

import java.time.format.DateTimeFormatter;

/**
 * A briefing as a readable Markdown document for people who print it or paste it into a note. Anyone can fetch it
 * and anything in it came from other people, so every value goes through {@link MarkdownText}.
 */
public final class BriefingMarkdown {

    private BriefingMarkdown() {
    }

    public static String render(Briefing b) {
        Briefing.SessionInfo s = b.session();
        StringBuilder md = new StringBuilder();
        md.append("# Briefing: ").append(text(s.title() == null ? s.id() : s.title())).append("\n\n");
        md.append("- **Body:** ").append(text(s.body())).append('\n');
        md.append("- **Kind:** ").append(text(s.kind())).append('\n');
        md.append("- **Dates:** ").append(s.startsOn());
        if (s.endsOn() != null && !s.endsOn().equals(s.startsOn())) {
            md.append(" to ").append(s.endsOn());
        }
        md.append(s.tentative() ? " (tentative)" : "").append('\n');
        if (s.location() != null) {
            md.append("- **Location:** ").append(text(s.location())).append('\n');
        }
        md.append("- **Category that can act:** ").append(text(b.category())).append('\n');
        md.append("- **Generated:** ").append(b.generatedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        if (b.asOf() != null) {
            md.append("- **As of:** ").append(b.asOf().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .append(" (the session's start: statuses, positions and changes as they were then)\n");
        }
        md.append('\n');

        if (b.previousSessionStartsOn() != null) {
            md.append("## Outcome of the previous session\n\n");
            Briefing.PreviousOutcome o = b.previousSessionOutcome();
            if (o == null) {
                md.append("No outcome recorded.\n\n");
            } else {
                md.append(text(o.summary())).append('\n');
                if (o.note() != null && !o.note().isBlank()) {
                    md.append("\n- **Note:** ").append(text(o.note())).append('\n');
                }
                md.append('\n');
            }
        }

        md.append("## Recommendations (").append(b.recommendations().size()).append(")\n\n");
        if (b.recommendations().isEmpty()) {
            md.append("None.\n\n");
        } else {
            md.append("| # | Area | Recommendation | Status | Own position |\n|---|---|---|---|---|\n");
            for (Briefing.Item r : b.recommendations()) {
                md.append("| ").append(MarkdownText.link(String.valueOf(r.number()), r.link())).append(" | ")
                        .append(text(r.areaName() == null ? r.area() : r.areaName()))
                        .append(" | ").append(text(r.text())).append(" | ").append(text(r.status())).append(" | ")
                        .append(r.position() == null ? "none" : text(r.position().stakeholder() + ": " + r.position().acceptance()
                                + ", " + r.position().implementation())).append(" |\n");
            }
            md.append('\n');
        }

        md.append("## Changes since the previous session");
        md.append(b.previousSessionStartsOn() == null ? " (none before; all changes)" : " (" + b.previousSessionStartsOn() + ")");
        if (b.asOf() != null) {
            md.append(" until this session's start");
        }
        md.append("\n\n");
        if (b.changesSincePreviousSession().isEmpty()) {
            md.append("No status changes.\n");
        }
        for (Briefing.Change c : b.changesSincePreviousSession()) {
            md.append("- ").append(c.at().toLocalDate()).append(": recommendation ").append(c.number()).append(' ')
                    .append(text(c.from())).append(" → ").append(text(c.to()));
            if (c.by() != null) {
                md.append(" by ").append(text(c.by()));
            }
            if (c.note() != null && !c.note().isBlank()) {
                md.append(" — ").append(text(c.note()));
            }
            if (c.evidenceUrl() != null && !c.evidenceUrl().isBlank()) {
                md.append(" — ").append(MarkdownText.link("evidence", c.evidenceUrl()));
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** Table cells cannot break the table either: the pipe is escaped too. */
    private static String text(String s) {
        return MarkdownText.text(s);
    }
}
