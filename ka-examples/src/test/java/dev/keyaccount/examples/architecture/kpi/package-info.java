/** A fixture for ArchitectureTest's layering rule: a "calculator module" that uses another. */
package dev.keyaccount.examples.architecture.kpi;
