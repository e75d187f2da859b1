package io.customerlens.privacy;

import graphql.relay.DefaultConnection;
import io.customerlens.security.Caller;
import io.customerlens.security.ForbiddenException;
import io.customerlens.web.ApiProperties;
import io.customerlens.web.Connections;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Data-subject requests over GraphQL: export, erasure and the erasure audit. */
@Controller
class PrivacyController {

    private final CustomerExport export;
    private final CustomerErasure erasure;
    private final ApiProperties api;

    PrivacyController(CustomerExport export, CustomerErasure erasure, ApiProperties api) {
        this.export = export;
        this.erasure = erasure;
        this.api = api;
    }

    @QueryMapping
    Map<String, Object> exportCustomer(@Argument String id,
                                       @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        if (caller == null || !caller.seesPersonalData()) {
            throw new ForbiddenException("exportCustomer returns personal data unmasked; this API key's role does not"
                    + " have the personal-data right (customerlens.security.personal-data-roles)");
        }
        return export.export(id);
    }

    @MutationMapping
    Erasure eraseCustomer(@Argument String id,
                          @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return erasure.erase(id, Caller.nameOf(caller));
    }

    @QueryMapping
    DefaultConnection<Erasure> erasures(@Argument Integer first, @Argument String after) {
        return erasure.audit(Connections.pageSize(first, api.maxPageSize()), after);
    }
}
