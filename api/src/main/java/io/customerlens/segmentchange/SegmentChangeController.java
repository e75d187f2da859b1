package io.customerlens.segmentchange;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Customers;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The {@code segmentChanges} subscription. */
@Controller
class SegmentChangeController {

    private final SegmentWatches watches;
    private final SegmentChangeBus bus;
    private final Customers customers;

    SegmentChangeController(SegmentWatches watches, SegmentChangeBus bus, Customers customers) {
        this.watches = watches;
        this.bus = bus;
        this.customers = customers;
    }

    /** The choice is checked now, so a bad one is an error of the request; it is watched while the stream is open. */
    @SubscriptionMapping
    Flux<SegmentChange> segmentChanges(@Argument String model, @Argument Map<String, Object> params,
                                       @Argument SegmentChangeFilter filter) {
        watches.check(model, params, "model");
        SegmentChangeFilter wanted = filter == null ? SegmentChangeFilter.ALL : filter;
        return Flux.using(() -> watches.open(model, params, "model"),
                key -> bus.changes().filter(change -> change.watch().equals(key) && wanted.matches(change)),
                watches::close);
    }

    @SchemaMapping(typeName = "SegmentChange")
    Customer customer(SegmentChange change) {
        return customers.find(change.customerId());
    }
}
