package org.a4p.testing;

import java.util.List;
import java.util.Locale;

/** What an error answer must never reveal: stack traces, SQL or driver messages, Java class names. */
public final class SafeProblem {

    private static final List<String> LEAKS = List.of("exception", "\tat ", "at org.", "at java.", "caused by",
            "org.a4p.", "org.hibernate", "org.postgresql", "io.quarkus", "io.vertx", "com.fasterxml", "jakarta.",
            "java.lang", "sqlstate", "psql", "syntax error at", "violates", "constraint \"", "relation \"", "hibernate");

    private SafeProblem() {
    }

    /** The leak markers found in {@code body} (empty when the body is safe). */
    public static List<String> leaks(String body) {
        String lower = body == null ? "" : body.toLowerCase(Locale.ROOT);
        return LEAKS.stream().filter(lower::contains).toList();
    }
}
