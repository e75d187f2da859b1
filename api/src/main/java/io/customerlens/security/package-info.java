/**
 * Who may do what: API keys (configured by SHA-256 hash, stored as HMAC-SHA256 under a server secret kept outside
 * the store) mapped to the roles viewer, analyst, editor and admin, enforced per GraphQL field by the
 * {@code @requires} schema directive, and personal data masked by {@code @pii} for roles without the right to see it.
 */
package io.customerlens.security;
