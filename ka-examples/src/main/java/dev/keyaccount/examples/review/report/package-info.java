/** Output of the review: aligned console tables, number formats, CSV results, the self-contained HTML page with its SVG charts, and the workbook. */
package dev.keyaccount.examples.review.report;
