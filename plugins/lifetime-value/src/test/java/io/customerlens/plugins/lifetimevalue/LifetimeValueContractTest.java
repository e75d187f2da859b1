package io.customerlens.plugins.lifetimevalue;

import io.customerlens.tck.ModelContract;

/** Every model of this plugin, found through its extension index, against the plugin contract test kit. */
class LifetimeValueContractTest extends ModelContract {
}
