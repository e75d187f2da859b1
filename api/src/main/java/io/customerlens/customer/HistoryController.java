package io.customerlens.customer;

import graphql.relay.DefaultConnection;
import io.customerlens.web.ApiProperties;
import io.customerlens.web.Connections;
import io.customerlens.web.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** A customer's orders, surveys and interactions (newest first, paged), and the mutations that add to them. */
@Controller
class HistoryController {

    private final HistoryRecording history;
    private final ApiProperties api;

    HistoryController(HistoryRecording history, ApiProperties api) {
        this.history = history;
        this.api = api;
    }

    @SchemaMapping(typeName = "Customer")
    CompletableFuture<DefaultConnection<Order>> orders(Customer customer, @Argument Integer first,
                                                       @Argument String after, DataLoader<String, List<Order>> orders) {
        return page(orders.load(customer.id()), first, after, Order::id);
    }

    @SchemaMapping(typeName = "Customer")
    CompletableFuture<DefaultConnection<Survey>> surveys(Customer customer, @Argument Integer first,
                                                         @Argument String after, DataLoader<String, List<Survey>> surveys) {
        return page(surveys.load(customer.id()), first, after, Survey::id);
    }

    @SchemaMapping(typeName = "Customer")
    CompletableFuture<DefaultConnection<Interaction>> interactions(Customer customer, @Argument Integer first,
                                                                   @Argument String after,
                                                                   DataLoader<String, List<Interaction>> interactions) {
        return page(interactions.load(customer.id()), first, after, Interaction::id);
    }

    @SchemaMapping(typeName = "Survey")
    List<DimensionRating> dimensions(Survey survey) {
        return survey.dimensions().entrySet().stream()
                .map(entry -> new DimensionRating(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(DimensionRating::name))
                .toList();
    }

    /** One per-dimension rating of a survey, as GraphQL shows it. */
    record DimensionRating(String name, double value) {
    }

    @MutationMapping
    Order recordOrder(@Argument RecordOrderInput input) {
        return history.recordOrder(input);
    }

    @MutationMapping
    Survey recordSurvey(@Argument RecordSurveyInput input) {
        return history.recordSurvey(input);
    }

    @MutationMapping
    Customer recordEngagement(@Argument RecordEngagementInput input) {
        return history.recordEngagement(input);
    }

    @MutationMapping
    Interaction recordInteraction(@Argument RecordInteractionInput input) {
        return history.recordInteraction(input);
    }

    private <T> CompletableFuture<DefaultConnection<T>> page(CompletableFuture<List<T>> oldestFirst, Integer first,
                                                             String after, Function<T, String> id) {
        int size = Connections.pageSize(first, api.maxPageSize());
        String afterId = Connections.key(after, "after");
        return oldestFirst.thenApply(entries -> {
            List<T> newestFirst = new ArrayList<>(entries == null ? List.of() : entries);
            Collections.reverse(newestFirst);
            int start = 0;
            if (afterId != null) {
                start = indexOf(newestFirst, afterId, id) + 1;
                if (start == 0) {
                    throw new InvalidInputException("after", "does not point into this list; pass an endCursor from a previous page");
                }
            }
            List<T> rest = newestFirst.subList(start, Math.min(newestFirst.size(), start + size + 1));
            return Connections.of(rest, size, start > 0, id);
        });
    }

    private static <T> int indexOf(List<T> entries, String wanted, Function<T, String> id) {
        for (int i = 0; i < entries.size(); i++) {
            if (id.apply(entries.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
