/**
 * What every endpoint shares, GraphQL and REST alike: the exceptions services throw for bad input and missing
 * records and their classification into GraphQL errors and HTTP statuses, input checks, Relay cursor paging,
 * request limits, scalars and the JSON the actuator writes. Feature packages import it; it imports none of them.
 */
package io.customerlens.web;
