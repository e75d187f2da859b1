package com.example.lens;

import io.customerlens.tck.ModelContract;

/** The Customer Lens plugin contract, run on every model this plugin's extension index lists. */
class SpendStandingContractTest extends ModelContract {
}
