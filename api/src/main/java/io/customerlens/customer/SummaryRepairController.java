package io.customerlens.customer;

import io.customerlens.security.Caller;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code repairSummaries} and {@code summaryRepair} over GraphQL (admins). */
@Controller
class SummaryRepairController {

    private final SummaryRepairJobs jobs;

    SummaryRepairController(SummaryRepairJobs jobs) {
        this.jobs = jobs;
    }

    @MutationMapping
    SummaryRepairJob repairSummaries(@Argument List<String> customerIds,
                                     @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return jobs.start(customerIds, Caller.nameOf(caller));
    }

    @QueryMapping
    SummaryRepairJob summaryRepair(@Argument String id) {
        return jobs.find(id);
    }
}
