package io.customerlens.customer;

import graphql.relay.DefaultConnection;
import io.customerlens.security.Caller;
import io.customerlens.security.PersonalDataAccess;
import io.customerlens.web.ApiProperties;
import io.customerlens.web.Connections;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Customer queries and profile mutations. */
@Controller
class CustomerController {

    private final Customers customers;
    private final ApiProperties api;

    CustomerController(Customers customers, ApiProperties api) {
        this.customers = customers;
        this.api = api;
    }

    @QueryMapping
    Customer customer(@Argument String id) {
        return customers.find(id);
    }

    @QueryMapping
    DefaultConnection<Customer> customers(@Argument CustomerFilter filter, @Argument Integer first,
                                          @Argument String after, @Argument ScoreOrder orderBy,
                                          @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        PersonalDataAccess.requireForTextSearch(caller, filter == null ? null : filter.text(), "customers(filter.text)");
        return customers.list(filter, orderBy, Connections.pageSize(first, api.maxPageSize()), after);
    }

    @MutationMapping
    Customer createCustomer(@Argument CreateCustomerInput input) {
        return customers.create(input);
    }

    @MutationMapping
    Customer updateCustomer(@Argument String id, @Argument UpdateCustomerInput input) {
        return customers.update(id, input);
    }

    @MutationMapping
    DeleteCustomerPayload deleteCustomer(@Argument String id) {
        return customers.delete(id);
    }
}
