/**
 * A seeded, reproducible synthetic population (customers with orders, surveys and service interactions)
 * that is loaded into an empty store on request, so a new user sees real output at once.
 */
package io.customerlens.sample;
