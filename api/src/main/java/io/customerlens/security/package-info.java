/**
 * Who may do what: API keys (stored as SHA-256 hashes) mapped to the roles viewer, analyst, editor and admin,
 * enforced per GraphQL field by the {@code @requires} schema directive, and personal data masked by {@code @pii}
 * for roles without the right to see it.
 */
package io.customerlens.security;
