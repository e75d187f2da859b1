package io.customerlens.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.federation.EntityMapping;
import org.springframework.stereotype.Controller;

/**
 * Resolves {@code Customer} entities for a federation gateway's {@code _entities} query, each representation by
 * {@code id} or by {@code externalId}: one query per key kind for all of them, in the order given, null for a
 * representation that names no stored customer. Their scores then load in batches like a page's.
 */
@Controller
public class CustomerEntities {

    private final CustomerStore store;

    CustomerEntities(CustomerStore store) {
        this.store = store;
    }

    @EntityMapping
    List<Customer> customer(List<Map<String, Object>> representations) {
        List<String> ids = representations.stream().map(r -> (String) r.get("id")).filter(id -> id != null).toList();
        List<String> externalIds = representations.stream().filter(r -> r.get("id") == null)
                .map(r -> (String) r.get(Customer.EXTERNAL_ID)).filter(id -> id != null).toList();
        Map<String, Customer> byId = ids.isEmpty() ? Map.of() : store.among(ids, CustomerFilter.ALL).stream()
                .collect(Collectors.toMap(Customer::id, Function.identity()));
        Map<String, Customer> byExternalId = externalIds.isEmpty() ? Map.of() : store.byExternalIds(externalIds);
        List<Customer> customers = new ArrayList<>(representations.size());
        for (Map<String, Object> representation : representations) {
            Object id = representation.get("id");
            customers.add(id != null ? byId.get(id) : byExternalId.get(representation.get(Customer.EXTERNAL_ID)));
        }
        return customers;
    }
}
