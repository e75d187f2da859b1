package io.customerlens.plugins.npscsat;

import io.customerlens.tck.ModelContract;

/** Every model of this plugin, found through its extension index, against the plugin contract test kit. */
class NpsCsatContractTest extends ModelContract {
}
