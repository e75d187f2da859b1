/**
 * PF4J wiring: loads plugin jars from the configured folder at start-up, checks their SDK version range,
 * offers their models to the scoring registry, and reports each plugin's state.
 */
package io.customerlens.plugins;
