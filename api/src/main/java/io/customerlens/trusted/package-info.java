/**
 * Trusted documents: an optional mode in which the server runs only GraphQL documents registered beforehand (files
 * shipped with it or laid beside it, or documents an admin registers), so a production API answers the operations
 * its applications ship and nothing else.
 */
package io.customerlens.trusted;
