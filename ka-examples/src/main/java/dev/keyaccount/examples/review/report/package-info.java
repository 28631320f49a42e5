/** Output of the review: aligned console tables, number formats, CSV results and the self-contained HTML page. */
package dev.keyaccount.examples.review.report;
