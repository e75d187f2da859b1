package io.customerlens.snapshot;

import graphql.relay.DefaultConnection;
import io.customerlens.security.Caller;
import io.customerlens.security.PersonalDataAccess;
import io.customerlens.web.ApiProperties;
import io.customerlens.web.Connections;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Snapshot jobs, the snapshot history and segment transitions. */
@Controller
class SnapshotController {

    private final SnapshotJobs jobs;
    private final ModelChoices choices;
    private final SnapshotStore store;
    private final Transitions transitions;
    private final ApiProperties api;

    SnapshotController(SnapshotJobs jobs, ModelChoices choices, SnapshotStore store, Transitions transitions,
                       ApiProperties api) {
        this.jobs = jobs;
        this.choices = choices;
        this.store = store;
        this.transitions = transitions;
        this.api = api;
    }

    @MutationMapping
    Snapshot startSnapshot(@Argument StartSnapshotInput input,
                           @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        // The snapshot's total would reveal what masking hides, as customers(filter.text) would.
        PersonalDataAccess.requireForTextSearch(caller, input.filter() == null ? null : input.filter().text(),
                "startSnapshot(input.filter.text)");
        return jobs.start(choices.check(input.models(), "input.models"), input.filter(), Caller.nameOf(caller));
    }

    @MutationMapping
    Snapshot cancelSnapshot(@Argument String id) {
        return jobs.cancel(id);
    }

    @QueryMapping
    Snapshot snapshot(@Argument String id) {
        return ObjectId.isValid(id) ? store.find(id) : null;
    }

    @QueryMapping
    DefaultConnection<Snapshot> snapshots(@Argument Integer first, @Argument String after) {
        int size = Connections.pageSize(first, api.maxPageSize());
        String before = Connections.key(after, "after", ObjectId::isValid);
        return Connections.of(store.newestFirst(before, size + 1), size, before != null, Snapshot::id);
    }

    @QueryMapping
    SegmentTransitions segmentTransitions(@Argument String model, @Argument Map<String, Object> params,
                                          @Argument String from, @Argument String to) {
        return transitions.between(model, params, from, to);
    }
}
