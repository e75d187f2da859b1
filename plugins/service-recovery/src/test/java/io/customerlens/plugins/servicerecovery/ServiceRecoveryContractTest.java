package io.customerlens.plugins.servicerecovery;

import io.customerlens.tck.ModelContract;

/** Every model of this plugin, found through its extension index, against the plugin contract test kit. */
class ServiceRecoveryContractTest extends ModelContract {
}
