/**
 * The document store: MongoDB through Spring Data, with an embedded, file-backed
 * {@code mongo-java-server} as the default when no {@code spring.mongodb.uri} is configured.
 */
package io.customerlens.store;
