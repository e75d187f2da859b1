/**
 * The PF4J host (the plugins themselves live in {@code io.customerlens.plugins.*}): loads plugin jars from the
 * configured folder at start-up, checks their SDK version range, offers their models to the scoring registry,
 * reports each plugin's state, and lets admins load, unload, reload, enable and disable plugins at run time
 * ({@link io.customerlens.pluginhost.PluginAdmin}).
 */
package io.customerlens.pluginhost;
