package io.customerlens.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.customerlens.analytics.stats.ContingencyTable.Cell;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContingencyTableTest {

    @Test
    void crossTabulatesTwoLabellingsInFirstSeenOrder() {
        // customer:  0     1     2     3     4
        // a:         gold  blue  gold  blue  gold
        // b:         x     y     y     y     x
        ContingencyTable table = ContingencyTable.of(List.of("gold", "blue", "gold", "blue", "gold"),
                List.of("x", "y", "y", "y", "x"));

        assertThat(table.rowLabels()).containsExactly("gold", "blue");
        assertThat(table.columnLabels()).containsExactly("x", "y");
        // gold/x: customers 0 and 4; gold/y: 2; blue/x: none; blue/y: 1 and 3
        assertThat(table.count("gold", "x")).isEqualTo(2);
        assertThat(table.count("gold", "y")).isEqualTo(1);
        assertThat(table.count("blue", "x")).isZero();
        assertThat(table.count("blue", "y")).isEqualTo(2);
        assertThat(table.count("silver", "x")).isZero();
        assertThat(table.rowTotals()).containsExactly(entry("gold", 3L), entry("blue", 2L));
        assertThat(table.columnTotals()).containsExactly(entry("x", 2L), entry("y", 3L));
        assertThat(table.total()).isEqualTo(5);
        assertThat(table.cells()).containsExactly(new Cell("gold", "x", 2), new Cell("gold", "y", 1),
                new Cell("blue", "x", 0), new Cell("blue", "y", 2));
    }

    @Test
    void keepsTheGivenOrderAndAppendsUnexpectedLabels() {
        ContingencyTable table = ContingencyTable.of(List.of("B", "Z", "A"), List.of("low", "mid", "high"),
                List.of("A", "B", "C"), List.of("high", "low"));

        // C never occurs but stays; Z is not in the order and comes after it
        assertThat(table.rowLabels()).containsExactly("A", "B", "C", "Z");
        assertThat(table.columnLabels()).containsExactly("high", "low", "mid");
        assertThat(table.rowTotals()).containsExactly(entry("A", 1L), entry("B", 1L), entry("C", 0L),
                entry("Z", 1L));
        assertThat(table.count("Z", "mid")).isEqualTo(1);
        assertThat(table.cells()).hasSize(4 * 3);
    }

    @Test
    void growsIncrementallyAndAcceptsAggregatedCounts() {
        ContingencyTable table = ContingencyTable.ordered(List.of("A"), List.of())
                .add("A", "p")
                .add("B", "p", 4)
                .add("A", "q")
                .add("A", "p", 0);

        // A/p 1+0, A/q 1, B/p 4 -> total 6; B/q was never added (q appeared after row B was created)
        assertThat(table.count("B", "q")).isZero();
        assertThat(table.count("A", "q")).isEqualTo(1);
        assertThat(table.columnTotals()).containsExactly(entry("p", 5L), entry("q", 1L));
        assertThat(table.total()).isEqualTo(6);
    }

    @Test
    void viewsAreUnmodifiableSnapshots() {
        ContingencyTable table = ContingencyTable.of(List.of("a"), List.of("b"));
        List<String> rows = table.rowLabels();
        table.add("c", "b");

        assertThat(rows).containsExactly("a");
        assertThatThrownBy(() -> rows.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.cells().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.rowTotals().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsListsOfDifferentLengthNamingBoth() {
        assertThatThrownBy(() -> ContingencyTable.of(List.of("a", "b"), List.of("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a and b must have the same length (a: 2, b: 1)");
    }

    @Test
    void rejectsNullLabelsWithoutAddingAnything() {
        ContingencyTable table = ContingencyTable.empty();

        assertThatThrownBy(() -> table.addAll(List.of("a", "b"), Arrays.asList("x", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("b must not contain null labels (null at index 1)");
        assertThat(table.total()).isZero();
        assertThatThrownBy(() -> table.add(null, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("labels a and b must not be null");
    }

    @Test
    void rejectsNegativeCountsAndDuplicateOrders() {
        assertThatThrownBy(() -> ContingencyTable.empty().add("a", "b", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must be >= 0 (was -1)");
        assertThatThrownBy(() -> ContingencyTable.ordered(List.of("A", "A"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rowOrder must hold distinct non-null labels (offending: A)");
        assertThatThrownBy(() -> ContingencyTable.ordered(List.of(), Arrays.asList("x", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("columnOrder must hold distinct non-null labels (offending: null)");
    }
}
