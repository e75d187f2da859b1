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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    private CdnowLog() {
    }

    /** One customer and their orders. */
    record Entry(Customer customer, List<Order> orders) {
    }

    /** One transaction line. */
    record Line(String customer, LocalDate date, int cds, BigDecimal amount) {
    }

    /** What is wrong with a log: the first problems found, and how many there are in all. */
    record Check(List<String> problems, int count) {
        static final int SHOWN = 20;

        boolean ok() {
            return count == 0;
        }
    }

    /** Reads the whole log without storing anything and reports every malformed line (the first 20 in full). */
    static Check check(BufferedReader reader) throws IOException {
        List<String> problems = new ArrayList<>();
        int count = 0;
        Set<String> finished = new HashSet<>();
        String current = null;
        String text;
        int lineNumber = 0;
        while ((text = reader.readLine()) != null) {
            lineNumber++;
            try {
                Line line = parse(text, lineNumber);
                if (line != null && !line.customer().equals(current)) {
                    if (current != null) {
                        finished.add(current);
                    }
                    if (finished.contains(line.customer())) {
                        throw new IllegalArgumentException("line " + lineNumber + ": customer " + line.customer()
                                + " appears again after other customers; the log must be sorted by customer id");
                    }
                    current = line.customer();
                }
            } catch (IllegalArgumentException e) {
                if (count++ < Check.SHOWN) {
                    problems.add(e.getMessage());
                }
            }
        }
        return new Check(List.copyOf(problems), count);
    }

    /**
     * @return the transaction on the line, or null for a blank line or the header (a first line that does not
     *         start with a customer id)
     * @throws IllegalArgumentException naming the line, the field and what it must be
     */
    static Line parse(String text, int lineNumber) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || lineNumber == 1 && !Character.isDigit(trimmed.charAt(0))) {
            return null;
        }
        String[] fields = trimmed.split("\\s+");
        String at = "line " + lineNumber + ": ";
        if (fields.length != 4) {
            throw new IllegalArgumentException(at + "expected 4 fields (customer id, date yyyymmdd, number of CDs, "
                    + "dollar value), found " + fields.length);
        }
        if (!fields[0].matches("\\d{1,10}")) {
            throw new IllegalArgumentException(at + "customer id '" + fields[0] + "' must be 1 to 10 digits");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[1], DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(at + "date '" + fields[1] + "' must be a date written yyyymmdd");
        }
        if (!fields[2].matches("\\d{1,5}")) {
            throw new IllegalArgumentException(at + "number of CDs '" + fields[2] + "' must be a whole number from 0 to 99999");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(fields[3]);
        } catch (NumberFormatException e) {
            amount = null;
        }
        if (amount == null || amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException(at + "dollar value '" + fields[3]
                    + "' must be a number from 0 to 1000000 with at most 2 decimals");
        }
        return new Line(fields[0], date, Integer.parseInt(fields[2]), amount.setScale(2));
    }

    /** Hands over each customer with their orders. Call {@link #check} first: a malformed line stops the reading. */
    static void read(BufferedReader reader, Instant now, Consumer<Entry> sink) throws IOException {
        String text;
        int lineNumber = 0;
        String currentId = null;
        List<Order> orders = new ArrayList<>();
        String customerId = null;
        while ((text = reader.readLine()) != null) {
            lineNumber++;
            Line line = parse(text, lineNumber);
            if (line == null) {
                continue;
            }
            if (!line.customer().equals(currentId)) {
                flush(currentId, customerId, orders, now, sink);
                currentId = line.customer();
                customerId = new ObjectId().toHexString();
            }
            Instant at = line.date().atTime(12, 0).toInstant(ZoneOffset.UTC);
            orders.add(new Order(new ObjectId().toHexString(), customerId, "CDNOW-" + lineNumber, at, line.amount(),
                    line.cds(), BigDecimal.ZERO.setScale(2), "web", now));
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
