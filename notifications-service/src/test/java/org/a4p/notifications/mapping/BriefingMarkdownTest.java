package org.a4p.notifications.mapping;

import org.a4p.notifications.api.Briefing;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A briefing full of hostile data, rendered to HTML as a Markdown reader would: nothing becomes markup or a link. */
class BriefingMarkdownTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "<img src=x onerror=alert(2)>";
    private static final String MD_LINK = "[click me](javascript:alert(3))";

    static Briefing hostile(String evidenceUrl, String link) {
        OffsetDateTime at = OffsetDateTime.of(2026, 1, 5, 10, 0, 0, 0, ZoneOffset.UTC);
        return new Briefing(null, null, null,
                new Briefing.SessionInfo("s-1", "C34 " + SCRIPT, "# Title " + SCRIPT + " & **bold**", "REGULAR",
                        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 5), IMG + " | Hall ![x](http://evil/x.png)", false),
                "MEMBER_STATES", LocalDate.of(2025, 2, 18),
                new Briefing.PreviousOutcome("s-0", "Old " + SCRIPT, LocalDate.of(2025, 2, 18), "NO_SUBSTANTIVE_REPORT",
                        "A/79/19 " + IMG, "Outcome note " + MD_LINK + " <b>b</b>\n# heading", at,
                        "Summary " + SCRIPT + " " + MD_LINK + " **bold**"),
                at,
                List.of(new Briefing.Item(7, "POLITICS", "Area " + IMG + " | _u_", "Text " + SCRIPT + " " + MD_LINK + " <a href=\"javascript:x\">a</a> `code` _u_",
                        "ACCEPTED", link, new Briefing.OwnPosition("C34 " + SCRIPT, "ACCEPTED " + MD_LINK, "IN_PROGRESS", "Note", at))),
                List.of(new Briefing.Change(7, "PROPOSED", "ACCEPTED", at, "Officer " + IMG + " &amp; *x*",
                        "Note " + MD_LINK + " &lt;b&gt; <b>b</b>\n# heading\n- list", evidenceUrl)),
                at);
    }

    static String html(Briefing b) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(BriefingMarkdown.render(b)));
    }

    @Test
    void dataNeverBecomesHtmlMarkdownOrALink() {
        String markdown = BriefingMarkdown.render(hostile("javascript:alert(4)", "https://a4p.example.org/recommendations/7"));
        assertThat(markdown).doesNotContain("<", ">", "](javascript", "](data:");
        assertThat(markdown.replaceAll("&(amp|lt|gt|quot);", "")).doesNotContain("&");

        String html = html(hostile("javascript:alert(4)", "https://a4p.example.org/recommendations/7"));
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<a href=\"javascript").doesNotContainIgnoringCase("<b>")
                .doesNotContainIgnoringCase("<strong>bold").doesNotContainIgnoringCase("<em>")
                .doesNotContainIgnoringCase("<code>").doesNotContainIgnoringCase("<h1>Title");
        // the only links are the recommendation's own http(s) link
        assertThat(html.split("<a ", -1)).hasSize(2);
        assertThat(html).contains("<a href=\"https://a4p.example.org/recommendations/7\">7</a>");
        // what was written is still there to read, as text
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "[click me](javascript:alert(3))", "javascript:alert(4)");
        // the area's name and the previous session's outcome came from data too
        assertThat(html).contains("Area &lt;img src=x onerror=alert(2)&gt;", "Summary &lt;script&gt;alert(1)&lt;/script&gt;",
                "Outcome note [click me](javascript:alert(3))");
    }

    @Test
    void onlyHttpAndHttpsUrlsBecomeLinks() {
        for (String bad : List.of("javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x", "/relative", "//evil.example/x", "file:///etc/passwd")) {
            String html = html(hostile(bad, bad));
            assertThat(html).as(bad).doesNotContain("<a ");
        }
        String html = html(hostile("https://evidence.example.org/a)b(c)*_", "http://a4p.example.org/r/7"));
        assertThat(html).contains("href=\"https://evidence.example.org/a%29b%28c%29%2A_\"", "href=\"http://a4p.example.org/r/7\"");
        // not a URL at all (a quote and angle brackets): text
        assertThat(html(hostile("https://evidence.example.org/\"<c>", "http://a4p.example.org/r/7")).split("<a ", -1)).hasSize(2);
    }
}
