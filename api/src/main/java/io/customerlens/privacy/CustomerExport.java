package io.customerlens.privacy;

import io.customerlens.web.NotFoundException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Service;

/**
 * A customer's full record for a data-subject access request: their profile (with order summary and engagement),
 * and every document of theirs in any other collection — orders, surveys, interactions, the scores snapshots
 * stored ({@code scores}) and the segments models with memory remember ({@code segment_states}) — as stored.
 */
@Service
class CustomerExport {

    private final CustomerDocuments documents;
    private final Clock clock;

    CustomerExport(CustomerDocuments documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    /** @return the record as a JSON object; collections without documents of the customer are listed empty */
    Map<String, Object> export(String customerId) {
        Document customer = documents.customer(customerId);
        if (customer == null) {
            throw new NotFoundException("no customer with id '" + customerId + "'");
        }
        Map<String, Object> history = new LinkedHashMap<>();
        for (String collection : documents.historyCollections()) {
            List<Map<String, Object>> found = documents.ofCustomer(collection, customerId).stream()
                    .map(PlainDocuments::plain).toList();
            history.put(collection, found);
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        export.put("customer", PlainDocuments.plain(customer));
        export.put("collections", history);
        return export;
    }
}
