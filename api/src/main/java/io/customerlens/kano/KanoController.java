package io.customerlens.kano;

import io.customerlens.customer.CustomerFilter;
import io.customerlens.security.Caller;
import io.customerlens.security.PersonalDataAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code kanoAnalysis}, for analysts. */
@Controller
class KanoController {

    private final KanoAnalyses kano;

    KanoController(KanoAnalyses kano) {
        this.kano = kano;
    }

    @QueryMapping
    KanoAnalysis kanoAnalysis(@Argument CustomerFilter filter, @ContextValue(name = Caller.CONTEXT_KEY) Caller caller) {
        PersonalDataAccess.requireForTextSearch(caller, filter == null ? null : filter.text(), "kanoAnalysis(filter.text)");
        return kano.analyse(filter);
    }
}
