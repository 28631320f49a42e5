/** The deduction desk's ledger written to and read back from CSV files, so that one review continues from the last. */
package dev.keyaccount.examples.review.ledger;
