package io.customerlens.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The CDNOW transaction log read as order rows. Column mapping (see {@code docs/import.md}):
 * <ul>
 *   <li>customer id {@code 00001} → {@code customerExternalId} {@code CDNOW-00001}; a customer not yet stored is
 *       created as "CDNOW customer 1", channel {@code web}, tag {@code cdnow}, joined on their first purchase date;</li>
 *   <li>date {@code yyyymmdd} → {@code orderedAt} that day at 12:00 UTC;</li>
 *   <li>number of CDs → {@code items}; dollar value → {@code amount}; channel {@code web};</li>
 *   <li>the line number → the order's {@code externalId} {@code CDNOW-<line>}: the log carries no order id, and
 *       a customer may buy twice on one day, so the line is what tells two transactions apart. Re-importing the same
 *       file therefore recognises every order (the same scheme as the former start-up loader used).</li>
 * </ul>
 * The first line is skipped when it is the header; blank lines are skipped.
 */
final class CdnowRows implements RowSource {

    private final BufferedReader reader;
    private final CountingInputStream counter;
    private long line;

    CdnowRows(BufferedReader reader, CountingInputStream counter) {
        this.reader = reader;
        this.counter = counter;
    }

    @Override
    public SourceRow next() throws IOException {
        while (true) {
            String text = reader.readLine();
            line++;
            if (text == null) {
                return null;
            }
            CdnowLog.Line parsed;
            try {
                parsed = CdnowLog.parse(text, (int) line);
            } catch (IllegalArgumentException e) {
                return SourceRow.broken(line, e.getMessage().replaceFirst("^line \\d+: ", ""));
            }
            if (parsed != null) {
                return new SourceRow(line, Map.of(
                        "customerExternalId", "CDNOW-" + parsed.customer(),
                        "externalId", "CDNOW-" + line,
                        "orderedAt", parsed.date().atTime(12, 0).toInstant(ZoneOffset.UTC).toString(),
                        "amount", parsed.amount().toPlainString(),
                        "items", Integer.toString(parsed.cds()),
                        "channel", "web"), null);
            }
        }
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
