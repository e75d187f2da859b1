package io.customerlens.sample;

import io.customerlens.customer.Customer;
import io.customerlens.customer.Interaction;
import io.customerlens.customer.Order;
import io.customerlens.customer.Survey;
import java.util.List;

/** A generated population, ready to insert. */
record SamplePopulation(List<Customer> customers, List<Order> orders, List<Survey> surveys,
                        List<Interaction> interactions) {
}
