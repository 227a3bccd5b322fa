package org.a4p.recommendations.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.a4p.events.EvidenceReference;
import org.a4p.platform.problem.ProblemException;
import org.a4p.platform.validation.UnDocumentSymbol;
import org.a4p.recommendations.api.Evidence;
import org.a4p.recommendations.mapping.EvidenceJson;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** Checks evidence references (a valid UN document symbol, an http(s) URL, one of the two at least) and stores them as JSON. */
@ApplicationScoped
public class EvidenceCheck {

    private final EvidenceJson json;

    EvidenceCheck(EvidenceJson json) {
        this.json = json;
    }

    /** The references as stored (JSON array text), after a 400 problem naming the first bad one, if any. */
    String checked(String field, List<Evidence> evidence) {
        if (evidence == null) {
            return "[]";
        }
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            String at = field + "[" + i + "]";
            if (blank(e.symbol()) && blank(e.url())) {
                throw ProblemException.badRequest(at, "needs a symbol or a url");
            }
            if (!blank(e.symbol()) && !UnDocumentSymbol.isValid(e.symbol())) {
                throw ProblemException.badRequest(at + ".symbol", "is not a UN document symbol such as A/77/19 or S/RES/2436 (2018)");
            }
            if (!blank(e.url())) {
                checkUrl(at + ".url", e.url());
            }
        }
        return json.write(evidence.stream().map(e -> new EvidenceReference(trimmed(e.symbol()), trimmed(e.paragraph()),
                trimmed(e.url()), trimmed(e.title()))).toList());
    }

    /** An absolute http(s) URL, or a 400 problem naming {@code field}. */
    static void checkUrl(String field, String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw ProblemException.badRequest(field, "must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest(field, "must be an absolute http or https URL");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }
}
