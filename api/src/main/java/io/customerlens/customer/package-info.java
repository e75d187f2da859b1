/**
 * Customers and their history: profile documents with an atomically maintained order summary, orders,
 * survey answers and service interactions; the GraphQL queries and mutations over them.
 */
package io.customerlens.customer;
