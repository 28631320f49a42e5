/** The Key Account SDK's receivables calculators. */
package dev.keyaccount.receivables;
