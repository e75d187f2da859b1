package io.customerlens.privacy;

import graphql.relay.DefaultConnection;
import io.customerlens.graphql.ApiProperties;
import io.customerlens.graphql.Connections;
import io.customerlens.graphql.InvalidInputException;
import io.customerlens.security.Caller;
import io.customerlens.security.ForbiddenException;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
    private final MongoTemplate mongo;
    private final ApiProperties api;

    PrivacyController(CustomerExport export, CustomerErasure erasure, MongoTemplate mongo, ApiProperties api) {
        this.export = export;
        this.erasure = erasure;
        this.mongo = mongo;
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
        return erasure.erase(id, caller == null ? "anonymous" : caller.name());
    }

    @QueryMapping
    DefaultConnection<Erasure> erasures(@Argument Integer first, @Argument String after) {
        int size = Connections.pageSize(first, api.maxPageSize());
        String before = Connections.key(after, "after");
        if (before != null && !ObjectId.isValid(before)) {
            throw new InvalidInputException("after", "is not a cursor from this API; pass an endCursor from a previous page");
        }
        Query query = before == null ? new Query() : Query.query(Criteria.where("_id").lt(new ObjectId(before)));
        return Connections.of(mongo.find(query.with(Sort.by(Sort.Direction.DESC, "_id")).limit(size + 1), Erasure.class),
                size, before != null, Erasure::id);
    }
}
