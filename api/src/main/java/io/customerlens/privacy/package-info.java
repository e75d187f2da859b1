/**
 * Data-subject requests: a customer's full record as JSON ({@code exportCustomer}) and erasure of a customer with
 * everything stored or cached about them ({@code eraseCustomer}), audited in {@code erasures} without personal data.
 */
package io.customerlens.privacy;
