package io.customerlens.tck;

/** The kit applied the way a plugin applies it: finds {@link WellBehavedModel} through the extension index. */
class WellBehavedContractTest extends ModelContract {
}
