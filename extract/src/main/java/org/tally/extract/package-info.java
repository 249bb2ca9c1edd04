/**
 * The extract stage: claims ({@code event} records of SCHEMA.md) from a document's analysis and entities.
 * Sub-packages hold the parts that are general linguistics: {@code time} (temporal expressions to ISO dates)
 * and {@code quantity} (numbers, bounds and units).
 */
package org.tally.extract;
