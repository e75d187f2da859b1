/**
 * Bulk import of customers, orders, surveys and interactions from CSV, NDJSON and the CDNOW transaction log: streamed
 * with bounded memory, written in batches, idempotent by external id, reported row by row, run as a background job
 * (GraphQL, HTTP upload) or from the command line. The formats are described in {@code docs/import.md}.
 */
package io.customerlens.transfer;
