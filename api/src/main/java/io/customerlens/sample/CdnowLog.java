package io.customerlens.sample;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Order;
import io.customerlens.customer.OrderTotals;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.types.ObjectId;

/**
 * Reads the CDNOW transaction log (Fader and Hardie's CDNOW cohort: customer id, date yyyymmdd, number of CDs,
 * dollar value; whitespace separated, one transaction a line, sorted by customer) into customers and orders.
 *
 * <p>Column mapping: customer id {@code 00001} → customer {@code externalId} {@code CDNOW-00001}, name
 * "CDNOW customer 1", joined on the first purchase date, channel "web"; each line → an order on that date at
 * 12:00 UTC with {@code items} = number of CDs and {@code amount} = dollar value, {@code externalId}
 * {@code CDNOW-<line number>} so a re-import recognises it. Customers are handed over one at a time, with
 * their orders and exact order summary, so the file is never held in memory whole.
 */
final class CdnowLog {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private CdnowLog() {
    }

    /** One customer and their orders. */
    record Entry(Customer customer, List<Order> orders) {
    }

    static void read(BufferedReader reader, Instant now, Consumer<Entry> sink) throws IOException {
        String line;
        int lineNumber = 0;
        String currentId = null;
        List<Order> orders = new ArrayList<>();
        String customerId = null;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String[] fields = line.trim().split("\\s+");
            if (fields.length != 4 || !fields[0].chars().allMatch(Character::isDigit)) {
                continue; // the header line
            }
            if (!fields[0].equals(currentId)) {
                flush(currentId, customerId, orders, now, sink);
                currentId = fields[0];
                customerId = new ObjectId().toHexString();
            }
            Instant at = LocalDate.parse(fields[1], DATE).atTime(12, 0).toInstant(ZoneOffset.UTC);
            orders.add(new Order(new ObjectId().toHexString(), customerId, "CDNOW-" + lineNumber, at,
                    new BigDecimal(fields[3]).setScale(2), Integer.parseInt(fields[2]), BigDecimal.ZERO.setScale(2),
                    "web", now));
        }
        flush(currentId, customerId, orders, now, sink);
    }

    private static void flush(String cdnowId, String customerId, List<Order> orders, Instant now, Consumer<Entry> sink) {
        if (cdnowId == null || orders.isEmpty()) {
            return;
        }
        BigDecimal total = orders.stream().map(Order::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Instant first = orders.stream().map(Order::orderedAt).min(Instant::compareTo).orElseThrow();
        Instant last = orders.stream().map(Order::orderedAt).max(Instant::compareTo).orElseThrow();
        Customer customer = new Customer(customerId, "CDNOW-" + cdnowId, "CDNOW customer " + Integer.parseInt(cdnowId),
                null, null, null, "web", first.atZone(ZoneOffset.UTC).toLocalDate(), null, List.of("cdnow"), null,
                new OrderTotals(orders.size(), total, first, last), 0, now, now);
        sink.accept(new Entry(customer, List.copyOf(orders)));
        orders.clear();
    }
}
