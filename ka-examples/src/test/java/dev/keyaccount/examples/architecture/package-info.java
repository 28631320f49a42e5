/** Fixtures for ArchitectureTest: classes that each break one rule of the library modules, and one that breaks none. */
package dev.keyaccount.examples.architecture;
