package io.customerlens.customer;

import io.customerlens.web.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The regions and channels the stored customers carry, read once per data version. Filters match these fields
 * exactly (so MongoDB can use their indexes); a filter value is resolved here first: the stored spelling when it
 * differs only in case ({@code eu-west} finds {@code EU-West}), and a clear error naming the known values when no
 * customer has it, instead of a silent empty result.
 */
@Component
class KnownValues {

    private static final int LISTED = 20;

    private final CustomerStore store;
    private final DataVersion dataVersion;
    private volatile Snapshot snapshot;

    KnownValues(CustomerStore store, DataVersion dataVersion) {
        this.store = store;
        this.dataVersion = dataVersion;
    }

    private record Snapshot(long version, List<String> regions, List<String> channels) {
    }

    /** @return the filter with region and channel spelled as stored */
    CustomerFilter resolve(CustomerFilter filter) {
        if (filter.region() == null && filter.channel() == null) {
            return filter;
        }
        Snapshot known = current();
        return new CustomerFilter(filter.externalId(), spelled(filter.region(), known.regions(), "region"),
                spelled(filter.channel(), known.channels(), "channel"), filter.tag(), filter.joinedFrom(),
                filter.joinedTo(), filter.text(), filter.segment());
    }

    private static String spelled(String given, List<String> known, String field) {
        if (given == null || known.contains(given)) {
            return given;
        }
        Optional<String> stored = known.stream().filter(value -> value.equalsIgnoreCase(given.strip())).findFirst();
        return stored.orElseThrow(() -> new InvalidInputException("filter." + field, "no customer has " + field + " '"
                + given + "'; known values: " + (known.isEmpty() ? "none" : String.join(", ",
                known.subList(0, Math.min(LISTED, known.size()))) + (known.size() > LISTED
                ? " and " + (known.size() - LISTED) + " more" : ""))));
    }

    private Snapshot current() {
        long version = dataVersion.current();
        Snapshot known = snapshot;
        if (known == null || known.version() != version) {
            known = new Snapshot(version, store.distinct(Customer.REGION), store.distinct(Customer.CHANNEL));
            snapshot = known;
        }
        return known;
    }
}
