package io.customerlens.tck;

import io.customerlens.sdk.CustomerSnapshot;
import io.customerlens.sdk.InvalidParameterException;
import io.customerlens.sdk.LoyaltyModel;
import io.customerlens.sdk.ModelDescriptor;
import io.customerlens.sdk.ModelFamily;
import io.customerlens.sdk.ParameterSpec;
import io.customerlens.sdk.Scale;
import io.customerlens.sdk.Score;
import io.customerlens.sdk.ScoringContext;
import io.customerlens.sdk.Segment;
import io.customerlens.sdk.SegmentationModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Models that each break one clause of the contract, to show the kit catches it. */
final class BrokenModels {

    private BrokenModels() {
    }

    static final Scale SCALE = new Scale(0, 100, "points");

    static ModelDescriptor loyalty(String id, ParameterSpec... parameters) {
        ModelDescriptor.Builder builder = ModelDescriptor.builder(id, ModelFamily.LOYALTY).name(id).version("1.0.0")
                .description("A broken fixture.").formula("orders x 10, at most 100").source("Kit fixture.")
                .scale(SCALE);
        List.of(parameters).forEach(builder::parameter);
        return builder.build();
    }

    /** Orders x 10 capped at 100, or no data: a correct loyalty model the broken ones start from. */
    static Score orders(CustomerSnapshot customer) {
        int count = customer.orderSummary().count();
        return count == 0 ? Score.noData(SCALE, "no orders")
                : new Score(Math.min(100.0, count * 10.0), SCALE, "Scored", List.of(), "");
    }

    /** Returns null for customers without orders. */
    static class NullWithoutOrders implements LoyaltyModel {
        public ModelDescriptor descriptor() {
            return loyalty("null-without-orders");
        }

        public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
            return customer.orderSummary().count() == 0 ? null : orders(customer);
        }
    }

    /** Answers on a 0-10 scale while declaring 0-100. */
    static class OffScale implements LoyaltyModel {
        public ModelDescriptor descriptor() {
            return loyalty("off-scale");
        }

        public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
            return new Score(1.0, new Scale(0, 10, "points"), "Low", List.of(), "");
        }
    }

    /** Drifts: every call adds one to the value. */
    static class Drifting implements LoyaltyModel {
        private final AtomicInteger calls = new AtomicInteger();

        public ModelDescriptor descriptor() {
            return loyalty("drifting");
        }

        public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
            return new Score((double) (calls.incrementAndGet() % 100), SCALE, "Drifting", List.of(), "");
        }
    }

    /** Implements the loyalty extension point but describes itself as segmentation. */
    static class WrongFamily implements LoyaltyModel {
        public ModelDescriptor descriptor() {
            return ModelDescriptor.builder("wrong-family", ModelFamily.SEGMENTATION).name("Wrong").version("1.0.0")
                    .description("A broken fixture.").formula("none").source("Kit fixture.")
                    .segment(WellBehavedModel.TOP).build();
        }

        public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
            return orders(customer);
        }
    }

    /** Returns a segment its descriptor does not list. */
    static class UndeclaredSegment implements SegmentationModel {
        public ModelDescriptor descriptor() {
            return WellBehavedModel.DESCRIPTOR;
        }

        public Segment evaluate(CustomerSnapshot customer, ScoringContext context) {
            return new Segment("elsewhere", "Elsewhere", 3, List.of(), List.of());
        }
    }

    /** Fails with an unclassified exception at the top of its threshold range. */
    static class FailsAtMax implements LoyaltyModel {
        public ModelDescriptor descriptor() {
            return loyalty("fails-at-max", ParameterSpec.integer("threshold", "orders for full marks", 10, 1, 50));
        }

        public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
            int threshold = context.parameters().integer("threshold");
            if (threshold == 50) {
                throw new ArithmeticException("overflow at " + threshold);
            }
            return orders(customer);
        }
    }

    /** Refuses a parameter value its range allows, properly: with an InvalidParameterException naming it. */
    static class RefusesAtMax extends FailsAtMax {
        @Override
        public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
            if (context.parameters().integer("threshold") == 50) {
                throw new InvalidParameterException("threshold", "threshold 50 needs a customer with orders");
            }
            return orders(customer);
        }
    }

    /** Takes about 30 ms a call. */
    static class Slow implements LoyaltyModel {
        public ModelDescriptor descriptor() {
            return loyalty("slow");
        }

        public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return orders(customer);
        }
    }

    /** Sleeps a minute a call, ignoring interruption, as a model stuck on I/O would. */
    static class Sleeping implements LoyaltyModel {
        public ModelDescriptor descriptor() {
            return loyalty("sleeping");
        }

        public Score evaluate(CustomerSnapshot customer, ScoringContext context) {
            long until = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < until) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    // ignored on purpose
                }
            }
            return orders(customer);
        }
    }
}
