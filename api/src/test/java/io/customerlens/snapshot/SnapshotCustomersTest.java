package io.customerlens.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/**
 * customers(filter: {segment}, orderBy) read from snapshot A of the population of {@link SnapshotTestSupport}
 * (rfm and behavioural), page by page. In id order: c1 champions, c2 loyal, c3 need-attention, c4 hibernating,
 * c5 lost, p6 and p7 prospect (p7 in US-East); behavioural c1 70.79 > c2 62.15 > c3 52.65 > c4 38.58 > c5 14.31 >
 * p6 = p7 = 7.5.
 */
class SnapshotCustomersTest extends SnapshotTestSupport {

    private List<String> ids;
    private String a;

    @BeforeEach
    void snapshotA() {
        ids = population();
        a = completed(List.of(model("rfm"), model("behavioural")), null);
    }

    @Test
    void aSegmentFilterListsTheSegmentsCustomersInIdOrder() {
        Map<String, Object> segment = Map.of("model", "rfm", "in", List.of("champions", "lost", "prospect"));
        assertThat(pages(Map.of("segment", segment), null, 2)).containsExactly(
                List.of("C-1", "C-5"), List.of("P-6", "P-7"));
        // The rest of the filter still applies: p7 is in US-East.
        assertThat(pages(Map.of("segment", segment, "region", "EU-West"), null, 2)).containsExactly(
                List.of("C-1", "C-5"), List.of("P-6"));
    }

    @Test
    void orderByASegmentationSortsByRankBestFirstAndAscIsTheReverse() {
        assertThat(pages(null, Map.of("model", "rfm"), 3)).containsExactly(
                List.of("C-1", "C-2", "C-3"), List.of("C-4", "C-5", "P-6"), List.of("P-7"));
        assertThat(pages(null, Map.of("model", "rfm", "direction", "ASC"), 4)).containsExactly(
                List.of("P-7", "P-6", "C-5", "C-4"), List.of("C-3", "C-2", "C-1"));
    }

    @Test
    void orderByAScoreWithASegmentFilterOfAnotherModel() {
        Map<String, Object> segment = Map.of("model", "rfm", "in", List.of("champions", "need-attention", "lost",
                "prospect"));
        Map<String, Object> behavioural = Map.of("model", "behavioural", "direction", "ASC");
        // Best first would be c1, c3, c5, p6, p7 (tie at 7.5 by id); ASC is its exact reverse.
        assertThat(pages(Map.of("segment", segment), behavioural, 2)).containsExactly(
                List.of("P-7", "P-6"), List.of("C-5", "C-3"), List.of("C-1"));
        assertThat(pages(Map.of("segment", segment, "region", "EU-West"), behavioural, 2)).containsExactly(
                List.of("P-6", "C-5"), List.of("C-3", "C-1"));
        assertThat(pages(null, Map.of("model", "behavioural"), 5)).containsExactly(
                List.of("C-1", "C-2", "C-3", "C-4", "C-5"), List.of("P-6", "P-7"));
    }

    @Test
    void theNewestCompletedSnapshotIsTheDefaultAndAnEarlierOneCanBeNamed() {
        // c5 now has 6 orders, the last 2 days ago: over c1..c5 it becomes the only R5 F5 M5 (champions), c1 loyal.
        for (int days : new int[] {2, 12, 22, 32, 42}) {
            fixtures.order(ids.get(4), NOW.minus(Duration.ofDays(days)), 100);
        }
        String b = completed(List.of(model("rfm")), null);

        assertThat(pages(Map.of("segment", Map.of("model", "rfm", "in", List.of("champions"))), null, 5))
                .containsExactly(List.of("C-5"));
        assertThat(pages(Map.of("segment", Map.of("model", "rfm", "in", List.of("champions"), "snapshot", a)), null, 5))
                .containsExactly(List.of("C-1"));
        assertThat(pages(Map.of("segment", Map.of("model", "rfm", "in", List.of("champions"), "snapshot", b)), null, 5))
                .containsExactly(List.of("C-5"));
        // b did not score behavioural, so its default is still a.
        assertThat(pages(null, Map.of("model", "behavioural"), 2).get(0)).containsExactly("C-1", "C-2");
    }

    @Test
    void refusesWhatItCannotServeNamingTheArgument() {
        refused(Map.of("segment", Map.of("model", "value-tier", "in", List.of("vip"))), null,
                "filter.segment.snapshot: no COMPLETED snapshot scored value-tier {");
        refused(Map.of("segment", Map.of("model", "rfm", "in", List.of("champs", "loyal"))), null,
                "filter.segment.in: unknown segment champs of model 'rfm'; declared: champions, loyal,");
        refused(Map.of("segment", Map.of("model", "rfm", "in", List.of())), null,
                "filter.segment.in: must list at least one segment code; declared: champions,");
        refused(Map.of("segment", Map.of("model", "behavioural", "in", List.of("x"))), null,
                "filter.segment.model: 'behavioural' is a loyalty model; a segment filter needs a segmentation model");
        refused(Map.of("segment", Map.of("model", "rfm", "in", List.of("loyal"), "snapshot", "nope")), null,
                "filter.segment.snapshot: no snapshot with id 'nope'");
        refused(null, Map.of("model", "rfn"), "orderBy.model: unknown model 'rfn'");
        refused(null, Map.of("model", "nps"), "orderBy.snapshot: no COMPLETED snapshot scored nps {");
        refused(null, Map.of("model", "rfm", "params", Map.of("bins", 4), "snapshot", a),
                "orderBy.snapshot: snapshot " + a + " did not score rfm {bins=4,");

        String rankCursor = graphQl.documentName("customersByScore").variable("orderBy", Map.of("model", "rfm"))
                .variable("first", 1).execute().path("customers.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("customersByScore").variable("orderBy", Map.of("model", "behavioural"))
                .variable("first", 1).variable("after", rankCursor).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).startsWith("after: is not a cursor from this list");
                }));
    }

    private void refused(Map<String, Object> filter, Map<String, Object> orderBy, String message) {
        graphQl.documentName("customersByScore").variable("filter", filter).variable("orderBy", orderBy)
                .variable("first", 5).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(error.getMessage()).startsWith(message);
                }));
    }

    /** @return the external ids of every page, following endCursor until hasNextPage is false */
    private List<List<String>> pages(Map<String, Object> filter, Map<String, Object> orderBy, int first) {
        List<List<String>> pages = new ArrayList<>();
        String after = null;
        do {
            var response = graphQl.documentName("customersByScore").variable("filter", filter)
                    .variable("orderBy", orderBy).variable("first", first).variable("after", after).execute();
            pages.add(response.path("customers.edges[*].node.externalId").entityList(String.class).get());
            response.path("customers.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
            after = response.path("customers.pageInfo.hasNextPage").entity(Boolean.class).get()
                    ? response.path("customers.pageInfo.endCursor").entity(String.class).get() : null;
            assertThat(pages).as("pages so far").hasSizeLessThan(10);
        } while (after != null);
        return pages;
    }
}
