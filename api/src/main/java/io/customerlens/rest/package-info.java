/**
 * Plain JSON read endpoints beside GraphQL, for clients that cannot send GraphQL and as the baseline the GraphQL
 * API is measured against: the same services, the same batching and caches, without the GraphQL layer.
 */
package io.customerlens.rest;
