package io.customerlens.transfer;

import java.util.Map;

/**
 * One row as read from a file, before its values are checked.
 *
 * @param line   the line number in the file, 1 for the first line
 * @param fields column or field name to its text; empty cells and JSON nulls are left out
 * @param error  why the row could not even be read (broken JSON, wrong number of cells), or null
 */
record SourceRow(long line, Map<String, String> fields, String error) {

    static SourceRow broken(long line, String error) {
        return new SourceRow(line, Map.of(), error);
    }
}
