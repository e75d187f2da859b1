package io.customerlens.rest;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Customers;
import io.customerlens.web.ApiProperties;
import io.customerlens.web.ClassifiedError;
import io.customerlens.web.Connections;
import io.customerlens.web.HttpErrors;
import io.customerlens.web.InvalidInputException;
import io.customerlens.scoring.BatchScoring;
import io.customerlens.scoring.BatchScoring.Choice;
import io.customerlens.scoring.BatchScoring.Scored;
import io.customerlens.scoring.ScoreView;
import io.customerlens.scoring.SegmentView;
import io.customerlens.sdk.ModelFamily;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/customers}: one page of customers, without personal data, each scored with up to one model per
 * family — the JSON twin of a {@code customers(first:)} query that asks for the same fields. {@code detail=summary}
 * (the default) gives each result's code and label or value and band, as a list screen shows them; {@code full} the
 * whole result with reasons, components and explanation.
 */
@RestController
class ScoredCustomersEndpoint {

    private static final ModelFamily[] FAMILIES = {ModelFamily.SEGMENTATION, ModelFamily.SATISFACTION, ModelFamily.LOYALTY};

    private final Customers customers;
    private final BatchScoring scoring;
    private final ApiProperties api;

    ScoredCustomersEndpoint(Customers customers, BatchScoring scoring, ApiProperties api) {
        this.customers = customers;
        this.scoring = scoring;
        this.api = api;
    }

    @GetMapping("/api/customers")
    ScoredCustomerPage customers(@RequestParam(required = false) Integer first,
                                 @RequestParam(required = false) String after,
                                 @RequestParam(required = false) String segmentation,
                                 @RequestParam(required = false) String satisfaction,
                                 @RequestParam(required = false) String loyalty,
                                 @RequestParam(defaultValue = "summary") String detail) {
        boolean full = switch (detail) {
            case "summary" -> false;
            case "full" -> true;
            default -> throw new InvalidInputException("detail", "must be summary or full (got '" + detail + "')");
        };
        String[] asked = {segmentation, satisfaction, loyalty};
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < asked.length; i++) {
            if (asked[i] != null) {
                choices.add(choose(FAMILIES[i], asked[i]));
            }
        }
        var page = customers.list(null, null, Connections.pageSize(first, api.maxPageSize()), after);
        List<Customer> batch = page.getEdges().stream().map(edge -> edge.getNode()).toList();
        List<ScoredCustomer> rows = scoring.score(batch, choices, true).stream()
                .map(scored -> ScoredCustomer.of(scored, asked, full)).toList();
        String endCursor = page.getPageInfo().getEndCursor() == null ? null : page.getPageInfo().getEndCursor().getValue();
        return new ScoredCustomerPage(rows, endCursor, page.getPageInfo().isHasNextPage());
    }

    private Choice choose(ModelFamily family, String modelId) {
        Choice choice = scoring.choose(modelId, Map.of());
        if (choice.family() != family) {
            String parameter = family.name().toLowerCase(Locale.ROOT);
            throw new InvalidInputException(parameter, "'" + modelId + "' is a " + choice.family().name().toLowerCase(Locale.ROOT)
                    + " model; give a " + parameter + " model (see the models query)");
        }
        return choice;
    }

    /** Bad arguments (page size, cursor, unknown model) answer 400 with the same message GraphQL would give. */
    @ExceptionHandler
    void badRequest(RuntimeException error, HttpServletResponse response) throws IOException {
        if (!(error instanceof ClassifiedError classified) || classified.errorType() != ErrorType.BAD_REQUEST) {
            throw error;
        }
        HttpErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, ErrorType.BAD_REQUEST.name(), error.getMessage());
    }

    /** A segment as {model, code, label, rank}, a score as {model, value, band}; a failure or nothing as it is. */
    private static Object summary(Object result) {
        if (result instanceof SegmentView segment) {
            return new SegmentSummary(segment.model().id(), segment.code(), segment.label(), segment.rank());
        }
        if (result instanceof ScoreView score) {
            return new ScoreSummary(score.model().id(), score.value(), score.band());
        }
        return result;
    }

    record SegmentSummary(String model, String code, String label, int rank) {
    }

    record ScoreSummary(String model, Double value, String band) {
    }

    /** One page, with the cursor of its last row for the next request's {@code after}. */
    record ScoredCustomerPage(List<ScoredCustomer> customers, String endCursor, boolean hasNextPage) {
    }

    /**
     * A customer's row; {@code segment}, {@code satisfaction} and {@code loyalty} are absent when no model of the
     * family was asked for, and hold a {@code message} instead of a result when the model failed for this customer.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScoredCustomer(String id, String externalId, String region, String channel, String joinedOn,
                          int orders, double revenue, Object segment, Object satisfaction, Object loyalty) {

        /**
         * @param asked the model asked for per family (segmentation, satisfaction, loyalty), null where none
         * @param full  whole results (reasons, components, explanation) rather than their summaries
         */
        static ScoredCustomer of(Scored scored, String[] asked, boolean full) {
            Object[] results = new Object[asked.length];
            int next = 0;
            for (int i = 0; i < asked.length; i++) {
                Object result = asked[i] == null ? null : scored.results().get(next++);
                results[i] = full ? result : summary(result);
            }
            Customer c = scored.customer();
            return new ScoredCustomer(c.id(), c.externalId(), c.region(), c.channel(),
                    c.joinedOn() == null ? null : c.joinedOn().toString(), c.orderSummary().count(),
                    c.orderSummary().total().doubleValue(), results[0], results[1], results[2]);
        }
    }
}
