/** The Key Account SDK's planning calculators. */
package dev.keyaccount.planning;
