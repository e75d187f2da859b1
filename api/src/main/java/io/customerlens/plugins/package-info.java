/**
 * PF4J wiring: loads plugin jars from the configured folder at start-up, checks their SDK version range,
 * offers their models to the scoring registry, reports each plugin's state, and lets admins load, unload, reload,
 * enable and disable plugins at run time ({@link io.customerlens.plugins.PluginAdmin}).
 */
package io.customerlens.plugins;
