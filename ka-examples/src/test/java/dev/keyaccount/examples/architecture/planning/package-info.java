/** A fixture for ArchitectureTest's layering rule: the module the other one must not use. */
package dev.keyaccount.examples.architecture.planning;
