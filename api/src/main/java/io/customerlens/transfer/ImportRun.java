package io.customerlens.transfer;

import io.customerlens.web.InvalidInputException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a file row by row and writes it a batch at a time. Only the current batch is held in memory (its rows and
 * their external ids); everything else is looked up in the store per batch, so memory does not grow with the file.
 * A row whose external id is already in the batch first sends the batch to the store, so that a file naming the
 * same record twice is handled as two imports of it.
 */
final class ImportRun {

    private final ImportKind kind;
    private final int batchSize;
    private final Clock clock;
    private final CustomerBatch customers;
    private final HistoryBatch<?> history;

    ImportRun(ImportKind kind, int batchSize, Clock clock, CustomerBatch customers, HistoryBatch<?> history) {
        this.kind = kind;
        this.batchSize = batchSize;
        this.clock = clock;
        this.customers = customers;
        this.history = history;
    }

    /**
     * @param progress called after every batch with the tally so far
     * @return the final tally
     */
    ImportTally run(RowSource source, ImportTally tally, Consumer<ImportTally> progress) throws IOException {
        return kind == ImportKind.CUSTOMERS ? run(source, tally, progress, this::readCustomer, customers::write)
                : runHistory(source, tally, progress, history);
    }

    private <T> ImportTally runHistory(RowSource source, ImportTally tally, Consumer<ImportTally> progress,
                                       HistoryBatch<T> batch) throws IOException {
        HistoryKind<T> historyKind = batch.kind();
        return run(source, tally, progress, (fields, now) -> {
            T value = historyKind.read().apply(fields, now);
            return new Pending<>(0, historyKind.externalId().apply(value), fields.text("customerExternalId"), value);
        }, batch::write);
    }

    private Pending<CustomerRow> readCustomer(Fields fields, Instant now) {
        CustomerRow row = CustomerRow.read(fields, LocalDate.ofInstant(now, clock.getZone()));
        return new Pending<>(0, row.input().externalId(), null, row);
    }

    private interface RowReader<T> {
        Pending<T> read(Fields fields, Instant now);
    }

    private interface BatchWriter<T> {
        void write(List<Pending<T>> rows, ImportTally tally);
    }

    private <T> ImportTally run(RowSource source, ImportTally tally, Consumer<ImportTally> progress,
                                RowReader<T> reader, BatchWriter<T> writer) throws IOException {
        List<Pending<T>> batch = new ArrayList<>(batchSize);
        Set<String> inBatch = new HashSet<>();
        Instant now = clock.instant();
        SourceRow row;
        while ((row = source.next()) != null) {
            tally.read++;
            Pending<T> pending = read(row, reader, now, tally);
            if (pending == null) {
                continue;
            }
            if (!inBatch.add(pending.externalId())) {
                flush(batch, inBatch, writer, tally, progress);
                inBatch.add(pending.externalId());
            }
            batch.add(pending);
            if (batch.size() == batchSize) {
                flush(batch, inBatch, writer, tally, progress);
            }
        }
        flush(batch, inBatch, writer, tally, progress);
        return tally;
    }

    private <T> Pending<T> read(SourceRow row, RowReader<T> reader, Instant now, ImportTally tally) {
        if (row.error() != null) {
            tally.reject(row.line(), row.error());
            return null;
        }
        List<String> missing = kind.columns().required().stream().filter(name -> !row.fields().containsKey(name))
                .sorted().toList();
        if (!missing.isEmpty()) {
            tally.reject(row.line(), String.join(", ", missing) + ": " + (missing.size() == 1 ? "is" : "are") + " required");
            return null;
        }
        try {
            Pending<T> read = reader.read(new Fields(row.fields()), now);
            return new Pending<>(row.line(), read.externalId(), read.customerExternalId(), read.value());
        } catch (RowRejected e) {
            tally.reject(row.line(), e.reason());
        } catch (InvalidInputException e) {
            tally.reject(row.line(), Fields.rejected(e).reason());
        }
        return null;
    }

    private <T> void flush(List<Pending<T>> batch, Set<String> inBatch, BatchWriter<T> writer, ImportTally tally,
                           Consumer<ImportTally> progress) {
        writer.write(batch, tally);
        batch.clear();
        inBatch.clear();
        progress.accept(tally);
    }
}
