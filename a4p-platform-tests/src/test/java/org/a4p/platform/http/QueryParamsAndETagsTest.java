package org.a4p.platform.http;

import jakarta.ws.rs.core.Response;
import org.a4p.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParamsAndETagsTest {

    enum Size { SMALL, LARGE }

    @Test
    void integersWithinBoundsAreReadAndOthersNameTheParameter() {
        assertThat(QueryParams.integer("size", null, 20, 1, 100)).isEqualTo(20);
        assertThat(QueryParams.integer("size", " 7 ", 20, 1, 100)).isEqualTo(7);
        assertThat(QueryParams.optionalInteger("page", null, 0, 9)).isNull();
        refused(() -> QueryParams.integer("size", "101", 20, 1, 100), "size", "must be an integer from 1 to 100");
        refused(() -> QueryParams.integer("size", "x", 20, 1, 100), "size", "must be an integer from 1 to 100");
    }

    @Test
    void enumsDatesAndText() {
        assertThat(QueryParams.optionalEnum("size", "LARGE", Size.class)).isEqualTo(Size.LARGE);
        assertThat(QueryParams.optionalEnum("size", null, Size.class)).isNull();
        assertThat(QueryParams.optionalEnum("size", QueryParams.absentIfBlank(" "), Size.class)).isNull();
        refused(() -> QueryParams.optionalEnum("size", "", Size.class), "size", "must be one of [SMALL, LARGE]");
        assertThat(QueryParams.optionalDate("from", "2025-02-18")).isEqualTo(LocalDate.of(2025, 2, 18));
        refused(() -> QueryParams.optionalDate("from", "18.02.2025"), "from", "must be an ISO date such as 2025-02-18");
        assertThat(QueryParams.optionalText("q", "  ", 10)).isNull();
        assertThat(QueryParams.optionalText("q", " police ", 10)).isEqualTo("police");
        refused(() -> QueryParams.optionalText("q", "x".repeat(11), 10), "q", "must be at most 10 characters");
    }

    @Test
    void ifMatchNeedsAStrongTagAndIfNoneMatchComparesWeakly() {
        assertThat(ETags.of(3)).isEqualTo("\"3\"");
        assertThat(ETags.expectedVersion(null)).isNull();
        assertThat(ETags.expectedVersion(" * ")).isNull();
        assertThat(ETags.expectedVersion("\"12\"")).isEqualTo(12L);
        refused(() -> ETags.expectedVersion("W/\"12\""), "If-Match", "must be a strong entity tag such as \"3\" (the version, quoted)");
        refused(() -> ETags.expectedVersion("12"), "If-Match", "must be a strong entity tag such as \"3\" (the version, quoted)");
        assertThat(ETags.noneMatchHits("W/\"3\"", "\"3\"")).isTrue();
        assertThat(ETags.noneMatchHits("\"1\", \"3\"", "\"3\"")).isTrue();
        assertThat(ETags.noneMatchHits("*", "\"3\"")).isTrue();
        assertThat(ETags.noneMatchHits("\"4\"", "\"3\"")).isFalse();
        assertThat(ETags.noneMatchHits(null, "\"3\"")).isFalse();
    }

    @Test
    void aTaggedAnswerCarriesTheBodyAndItsVersionAsETag() {
        try (Response r = ETags.tagged(Response.status(201).header("Location", "/x/1"), 7, "body")) {
            assertThat(r.getStatus()).isEqualTo(201);
            assertThat(r.getEntity()).isEqualTo("body");
            assertThat(r.getHeaders().get("ETag")).containsExactly("\"7\"");
            assertThat(r.getHeaders().get("Location")).containsExactly("/x/1");
        }
    }

    private static void refused(Runnable call, String field, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.toProblem("/x").errors).singleElement()
                    .satisfies(f -> {
                        assertThat(f.field()).isEqualTo(field);
                        assertThat(f.message()).isEqualTo(message);
                    });
        });
    }
}
