package io.customerlens.transfer;

/**
 * A row that passed its checks and waits in a batch to be written.
 *
 * @param line               its line number
 * @param externalId         the external id of what it stores
 * @param customerExternalId the customer it belongs to (for history rows)
 * @param value              what it stores
 * @param <T>                the value type
 */
record Pending<T>(long line, String externalId, String customerExternalId, T value) {
}
