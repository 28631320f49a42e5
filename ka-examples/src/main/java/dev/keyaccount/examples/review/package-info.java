/** The quarterly key account review job. */
package dev.keyaccount.examples.review;
