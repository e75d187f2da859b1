package io.customerlens.scoring;

import io.customerlens.customer.Customer;
import io.customerlens.customer.HistoryLoaders;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import io.customerlens.customer.Survey;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.PreviousSegment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The per-query model choice on {@code Customer}: {@code segment}, {@code satisfaction} and {@code loyalty}. */
@Controller
class ScoringController {

    private final ScoringService scoring;

    ScoringController(ScoringService scoring) {
        this.scoring = scoring;
    }

    @SchemaMapping(typeName = "Customer")
    CompletableFuture<SegmentView> segment(Customer customer, @Argument String model, @Argument Map<String, Object> params,
                                           DataLoader<String, List<Order>> orders, DataLoader<String, List<Survey>> surveys,
                                           DataLoader<String, List<Interaction>> interactions,
                                           DataLoader<String, PreviousSegment> segmentStates) {
        return scoring.segment(customer, model, params, HistoryLoaders.of(orders, surveys, interactions),
                SegmentStates.of(segmentStates), true);
    }

    @SchemaMapping(typeName = "Customer")
    CompletableFuture<ScoreView> satisfaction(Customer customer, @Argument String model, @Argument Map<String, Object> params,
                                              DataLoader<String, List<Order>> orders, DataLoader<String, List<Survey>> surveys,
                                              DataLoader<String, List<Interaction>> interactions) {
        return scoring.score(customer, ModelFamily.SATISFACTION, model, params,
                HistoryLoaders.of(orders, surveys, interactions));
    }

    @SchemaMapping(typeName = "Customer")
    CompletableFuture<ScoreView> loyalty(Customer customer, @Argument String model, @Argument Map<String, Object> params,
                                         DataLoader<String, List<Order>> orders, DataLoader<String, List<Survey>> surveys,
                                         DataLoader<String, List<Interaction>> interactions) {
        return scoring.score(customer, ModelFamily.LOYALTY, model, params,
                HistoryLoaders.of(orders, surveys, interactions));
    }
}
