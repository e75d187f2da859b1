package io.customerlens.backtest;

import io.customerlens.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Backtests for analysts (role analyst, see the schema). */
@Controller
class BacktestController {

    private final Backtests backtests;

    BacktestController(Backtests backtests) {
        this.backtests = backtests;
    }

    @QueryMapping
    Backtest backtest(@Argument BacktestInput input, @ContextValue(name = Caller.CONTEXT_KEY) Caller caller) {
        return backtests.run(input, Caller.nameOf(caller));
    }

    @MutationMapping
    BacktestJob startBacktest(@Argument BacktestInput input, @ContextValue(name = Caller.CONTEXT_KEY) Caller caller) {
        return backtests.start(input, Caller.nameOf(caller));
    }

    @QueryMapping
    BacktestJob backtestJob(@Argument String id) {
        return backtests.job(id);
    }

    @MutationMapping
    BacktestJob cancelBacktest(@Argument String id) {
        return backtests.cancel(id);
    }
}
