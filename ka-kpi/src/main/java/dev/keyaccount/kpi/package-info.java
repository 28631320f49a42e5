/** The Key Account SDK's kpi calculators. */
package dev.keyaccount.kpi;
