/**
 * Webhooks: admins register an address, the segmentation model choices it follows and a secret; each segment change
 * under those choices is POSTed there as JSON signed with HMAC-SHA256, retried with back-off, logged attempt by
 * attempt, and dead-lettered after the last failure. Only addresses on the configured allow-list are ever called.
 */
package io.customerlens.webhook;
