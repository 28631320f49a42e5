/** The shared basics of the Key Account SDK: the project's Immutables style and argument checks. */
package dev.keyaccount.core;
