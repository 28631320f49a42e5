/**
 * Reusable QuickTheories generators of valid Key Account SDK values ({@link dev.keyaccount.core.testing.KaGenerators}),
 * published in ka-core's {@code tests} test-jar for users' property tests.
 */
package dev.keyaccount.core.testing;
