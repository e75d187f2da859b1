/**
 * The contract test kit for scoring-model plugins: JUnit 5 checks that a model's descriptor is valid and stable,
 * that it answers every edge-case customer on its declared scale or segments, deterministically, for every
 * parameter boundary, and within the server's call time. A plugin applies it with one small test class:
 *
 * <pre>{@code
 * class MyPluginContractTest extends ModelContract {
 * }
 * }</pre>
 *
 * <p>which finds the plugin's models through the PF4J extension index its build writes, or, to list them:
 *
 * <pre>{@code
 * class MyPluginContractTest extends ModelContract {
 *     @Override
 *     protected List<ScoringModel<?>> models() {
 *         return List.of(new MyModel());
 *     }
 * }
 * }</pre>
 *
 * <p>{@link io.customerlens.tck.ModelChecks} holds the checks themselves, for use outside JUnit's test factory.
 */
package io.customerlens.tck;
