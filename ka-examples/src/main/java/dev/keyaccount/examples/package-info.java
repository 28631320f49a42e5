/** Small runnable examples, one per use case, each quoted verbatim in the README. */
package dev.keyaccount.examples;
