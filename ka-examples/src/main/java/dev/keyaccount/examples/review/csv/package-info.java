/** Strict CSV and .xlsx input for the review: header checks, typed cells, and errors that name file, line, column and value. */
package dev.keyaccount.examples.review.csv;
