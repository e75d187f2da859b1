package io.customerlens.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses and checks lines of the CDNOW transaction log (Fader and Hardie's CDNOW cohort: customer id, date
 * yyyymmdd, number of CDs, dollar value; whitespace separated, one transaction a line, sorted by customer). The
 * 1/10 sample's log ({@code CDNOW_sample.txt}) has the sample's own customer id as a second field; its lines are
 * read the same way, with the master id as the customer.
 * {@link CdnowRows} maps the lines to customers and orders (the column mapping is documented there).
 */
public final class CdnowLog {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    private CdnowLog() {
    }

    /** One transaction line. */
    public record Line(String customer, LocalDate date, int cds, BigDecimal amount) {
    }

    /** What is wrong with a log: the first problems found, and how many there are in all. */
    public record Check(List<String> problems, int count) {
        static final int SHOWN = 20;

        public boolean ok() {
            return count == 0;
        }
    }

    /** Reads the whole log without storing anything and reports every malformed line (the first 20 in full). */
    public static Check check(BufferedReader reader) throws IOException {
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
    public static Line parse(String text, int lineNumber) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || lineNumber == 1 && !Character.isDigit(trimmed.charAt(0))) {
            return null;
        }
        String[] fields = trimmed.split("\\s+");
        String at = "line " + lineNumber + ": ";
        if (fields.length == 5 && fields[1].matches("\\d{1,7}") && fields[2].matches("\\d{8}")) {
            fields = new String[] {fields[0], fields[2], fields[3], fields[4]}; // the sample's own id dropped
        }
        if (fields.length != 4) {
            throw new IllegalArgumentException(at + "expected 4 fields (customer id, date yyyymmdd, number of CDs, "
                    + "dollar value), or 5 with the 1/10 sample's id second, found " + fields.length);
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
}
