package io.customerlens.analytics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Cross-tabulation of two labellings of the same items, for example the segment each customer receives from
 * model A (rows) and from model B (columns).
 *
 * <p>Row and column labels keep a stable order: the order given to {@link #ordered(List, List)} (e.g. segment
 * codes by rank), followed by labels not in that order in the order they were first seen. Labels named in a
 * given order are always part of the table, with zero totals if no item carries them.
 *
 * <p>Labels must not be {@code null}; map missing assignments to an explicit label (e.g. "UNASSIGNED") first.
 * Instances are mutable through the {@code add} methods and not thread-safe; the views they return are
 * unmodifiable snapshots.
 */
public final class ContingencyTable {

    /**
     * One cell of the table.
     *
     * @param row    the row label (first labelling)
     * @param column the column label (second labelling)
     * @param count  the number of items labelled {@code row} by the first and {@code column} by the second
     */
    public record Cell(String row, String column, long count) {
    }

    private final Labels rows = new Labels();
    private final Labels columns = new Labels();
    /** counts.get(r)[c]; a row array is grown lazily when columns are added after it. */
    private final List<long[]> counts = new ArrayList<>();
    private long total;

    private ContingencyTable() {
    }

    /** An empty table whose labels will appear in first-seen order. */
    public static ContingencyTable empty() {
        return new ContingencyTable();
    }

    /**
     * An empty table whose rows and columns start with the given labels in the given order; other labels are
     * appended in first-seen order when added.
     *
     * @throws IllegalArgumentException if an order contains {@code null} or a duplicate label
     */
    public static ContingencyTable ordered(List<String> rowOrder, List<String> columnOrder) {
        ContingencyTable table = new ContingencyTable();
        Objects.requireNonNull(rowOrder, "rowOrder");
        Objects.requireNonNull(columnOrder, "columnOrder");
        rowOrder.forEach(label -> table.declare(table.rows, label, "rowOrder"));
        columnOrder.forEach(label -> table.declare(table.columns, label, "columnOrder"));
        return table;
    }

    /**
     * Cross-tabulates two labellings of the same items: {@code a.get(i)} and {@code b.get(i)} belong to item i.
     * Labels appear in first-seen order.
     *
     * @throws IllegalArgumentException if the lists differ in length or contain {@code null}
     */
    public static ContingencyTable of(List<String> a, List<String> b) {
        return empty().addAll(a, b);
    }

    /** Like {@link #of(List, List)} with rows and columns in the given orders (see {@link #ordered}). */
    public static ContingencyTable of(List<String> a, List<String> b, List<String> rowOrder,
            List<String> columnOrder) {
        return ordered(rowOrder, columnOrder).addAll(a, b);
    }

    /**
     * Adds every pair {@code (a.get(i), b.get(i))}.
     *
     * @return this table
     * @throws IllegalArgumentException if the lists differ in length or contain {@code null}; in that case
     *                                  nothing is added
     */
    public ContingencyTable addAll(List<String> a, List<String> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("a and b must have the same length (a: " + a.size() + ", b: "
                    + b.size() + ")");
        }
        // validate first so a bad element does not leave the table half-filled
        checkNoNulls(a, "a");
        checkNoNulls(b, "b");
        for (int i = 0; i < a.size(); i++) {
            add(a.get(i), b.get(i), 1);
        }
        return this;
    }

    /** Adds one item labelled {@code a} by the first labelling and {@code b} by the second. */
    public ContingencyTable add(String a, String b) {
        return add(a, b, 1);
    }

    /**
     * Adds {@code count} items at once, e.g. from a pre-aggregated query.
     *
     * @throws IllegalArgumentException if a label is {@code null} or {@code count} is negative
     */
    public ContingencyTable add(String a, String b, long count) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("labels a and b must not be null (a: " + a + ", b: " + b + ")");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0 (was " + count + ")");
        }
        int row = rows.indexOf(a, this::addRow);
        int column = columns.indexOf(b, index -> { });
        long[] cells = counts.get(row);
        if (cells.length <= column) {
            cells = Arrays.copyOf(cells, columns.size());
            counts.set(row, cells);
        }
        cells[column] = Math.addExact(cells[column], count);
        total = Math.addExact(total, count);
        return this;
    }

    /** Row labels (first labelling) in table order. */
    public List<String> rowLabels() {
        return rows.list();
    }

    /** Column labels (second labelling) in table order. */
    public List<String> columnLabels() {
        return columns.list();
    }

    /** The count of items with row label {@code row} and column label {@code column}; 0 for unknown labels. */
    public long count(String row, String column) {
        Integer r = rows.find(row);
        Integer c = columns.find(column);
        return r == null || c == null ? 0 : countAt(r, c);
    }

    /** Row totals (how many items the first labelling puts in each label), in row order. */
    public Map<String, Long> rowTotals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            totals.put(rows.label(r), Arrays.stream(counts.get(r)).sum());
        }
        return Collections.unmodifiableMap(totals);
    }

    /** Column totals (how many items the second labelling puts in each label), in column order. */
    public Map<String, Long> columnTotals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            long sum = 0;
            for (int r = 0; r < rows.size(); r++) {
                sum += countAt(r, c);
            }
            totals.put(columns.label(c), sum);
        }
        return Collections.unmodifiableMap(totals);
    }

    /** The total number of items n. */
    public long total() {
        return total;
    }

    /** Every cell, zero cells included, row by row in table order. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>(rows.size() * columns.size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                cells.add(new Cell(rows.label(r), columns.label(c), countAt(r, c)));
            }
        }
        return Collections.unmodifiableList(cells);
    }

    /** Count by position, for the statistics of this package. */
    long countAt(int row, int column) {
        long[] cells = counts.get(row);
        return column < cells.length ? cells[column] : 0;
    }

    private void declare(Labels labels, String label, String argument) {
        if (label == null || labels.find(label) != null) {
            throw new IllegalArgumentException(argument + " must hold distinct non-null labels (offending: "
                    + label + ")");
        }
        labels.indexOf(label, labels == rows ? this::addRow : index -> { });
    }

    private void addRow(int index) {
        counts.add(new long[columns.size()]);
    }

    private static void checkNoNulls(List<String> labels, String name) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i) == null) {
                throw new IllegalArgumentException(name + " must not contain null labels (null at index " + i
                        + ")");
            }
        }
    }

    /** Labels in insertion order with a lookup from label to position. */
    private static final class Labels {
        private final List<String> order = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        Integer find(String label) {
            return index.get(label);
        }

        /** The position of {@code label}, appending it (and telling {@code onNew}) if it is new. */
        int indexOf(String label, IntConsumer onNew) {
            Integer found = index.get(label);
            if (found != null) {
                return found;
            }
            int position = order.size();
            order.add(label);
            index.put(label, position);
            onNew.accept(position);
            return position;
        }

        String label(int position) {
            return order.get(position);
        }

        int size() {
            return order.size();
        }

        List<String> list() {
            return List.copyOf(order);
        }
    }
}
