/** Benchmarks: JMH benchmarks of money and scoring, and the deduction-matching benchmark main. */
package dev.keyaccount.examples.bench;
