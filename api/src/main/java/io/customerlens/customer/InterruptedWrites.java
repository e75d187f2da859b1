package io.customerlens.customer;

import io.customerlens.store.StoreStartupStep;
import io.customerlens.store.UniqueIndexCheck;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the server serves, completes the writes a crash interrupted ({@link WriteIntents}) and
 * recomputes the summaries of customers whose duplicate documents {@link UniqueIndexCheck} quarantined. A single
 * server completes every note left; servers sharing a store only those older than
 * {@code customerlens.data-version.write-timeout}, since younger ones may be another server's writes under way
 * (see {@link WriteIntents#recoverAbandoned}).
 */
@Component
@Order(0)
class InterruptedWrites implements StoreStartupStep {

    private static final Logger log = LoggerFactory.getLogger(InterruptedWrites.class);

    private final WriteIntents intents;
    private final SummaryRepair summaries;
    private final UniqueIndexCheck uniqueIndexes;

    InterruptedWrites(WriteIntents intents, SummaryRepair summaries, UniqueIndexCheck uniqueIndexes) {
        this.intents = intents;
        this.summaries = summaries;
        this.uniqueIndexes = uniqueIndexes;
    }

    @Override
    public String description() {
        return "completing interrupted writes";
    }

    @Override
    public void run() {
        List<WriteIntent> completed = intents.recoverAbandoned();
        completed.forEach(intent -> log.warn("Completed a {} write for {} customer(s) that a stop interrupted ({})",
                intent.kind(), intent.customerIds().size(), intent.startedAt()));
        Set<String> quarantined = uniqueIndexes.quarantinedCustomers();
        if (!quarantined.isEmpty()) {
            SummaryRepair.Outcome outcome = summaries.repair(quarantined, Set.of());
            log.warn("Recomputed the summaries of {} customer(s) with quarantined documents: {} corrected",
                    outcome.checked(), outcome.repaired());
        }
    }
}
