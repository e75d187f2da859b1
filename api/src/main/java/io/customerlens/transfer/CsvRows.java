package io.customerlens.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV with a header row naming the columns (in any order), comma separated; a cell may be quoted with {@code "}
 * (a quote inside doubled, {@code ""}), and may not span lines. Empty cells are left out of the row. The header
 * must name only accepted columns and every required one, or the file is refused before anything is stored.
 */
final class CsvRows implements RowSource {

    private final BufferedReader reader;
    private final CountingInputStream counter;
    private final List<String> header;
    private long line = 1;

    CsvRows(BufferedReader reader, CountingInputStream counter, Columns columns) throws IOException {
        this.reader = reader;
        this.counter = counter;
        String first = reader.readLine();
        List<String> names = first == null ? null : split(first.startsWith("\uFEFF") ? first.substring(1) : first);
        if (names == null || names.stream().allMatch(String::isBlank)) {
            throw new ImportFileException("line 1", "the header row is missing or malformed; columns: " + columns.allowed());
        }
        this.header = names.stream().map(String::strip).toList();
        for (String name : header) {
            if (!columns.allows(name)) {
                throw new ImportFileException("line 1", "unknown column '" + name + "'; allowed: " + columns.allowed());
            }
        }
        for (String required : columns.required()) {
            if (!header.contains(required)) {
                throw new ImportFileException("line 1", "the header lacks the required column '" + required + "'");
            }
        }
        if (header.stream().distinct().count() != header.size()) {
            throw new ImportFileException("line 1", "the header names a column twice");
        }
    }

    @Override
    public SourceRow next() throws IOException {
        String text;
        do {
            text = reader.readLine();
            line++;
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        List<String> cells = split(text);
        if (cells == null) {
            return SourceRow.broken(line, "a quoted cell is not closed on its line");
        }
        if (cells.size() != header.size()) {
            return SourceRow.broken(line, "expected " + header.size() + " cells as in the header, found " + cells.size());
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).strip();
            if (!cell.isEmpty()) {
                fields.put(header.get(i), cell);
            }
        }
        return new SourceRow(line, fields, null);
    }

    /** @return the cells of a line, or null when a quote is not closed */
    static List<String> split(String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
