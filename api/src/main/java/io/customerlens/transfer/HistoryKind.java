package io.customerlens.transfer;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.data.mongodb.core.query.Update;

/**
 * How the import reads, compares and stores one kind of history record.
 *
 * @param type         the document class
 * @param read         builds the record (without its customer) from a row, checked as the GraphQL mutation checks
 *                     it; throws {@link RowRejected} or {@code InvalidInputException}
 * @param withCustomer the record with its customer's id set
 * @param comparable   the record reduced to what a re-import must find unchanged (no id, no recording time)
 * @param externalId   the record's external id
 * @param customerId   the record's customer id
 * @param summary      adds to the customer's update what the inserted records of that customer change in its
 *                     summary (nothing for kinds without one)
 * @param <T>          the record type
 */
record HistoryKind<T>(Class<T> type,
                      BiFunction<Fields, Instant, T> read,
                      BiFunction<T, String, T> withCustomer,
                      Function<T, T> comparable,
                      Function<T, String> externalId,
                      Function<T, String> customerId,
                      BiFunction<Update, List<T>, Update> summary) {
}
