/** The Spark jobs: deduction matching, the account portfolio and store execution, per account on a cluster. */
package dev.keyaccount.examples.spark;
