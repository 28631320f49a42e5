package dev.keyaccount.examples.review.report;

import java.util.function.IntFunction;

/**
 * Reads the strings of the rows a little ahead of the row being written, so that the cache misses of
 * reaching a million strings scattered over the heap overlap instead of coming one after the other. A
 * writer of a large file calls {@link #text} for each row before writing it; every {@value #BATCH}th
 * row, the strings of the rows {@value #BATCH} to {@code 2 * BATCH - 1} ahead are read (their lengths,
 * which brings each string and the start of its chars into the cache). Changes nothing that is written.
 */
public final class ReadAhead {

  /** How many rows are read ahead at a time. */
  public static final int BATCH = 16;

  /**
   * Where the lengths read go, so that the reads are not left out as unused. Written by any thread
   * without order: its value means nothing.
   */
  private static int sink;

  private ReadAhead() {}

  /**
   * At every {@value #BATCH}th row, reads the column's strings of the rows {@value #BATCH} to
   * {@code 2 * BATCH - 1} ahead (those below {@code size}); does nothing at the other rows.
   *
   * @param row the row about to be written
   * @param size how many rows there are
   * @param column a row's string, or null for none
   */
  public static void text(int row, int size, IntFunction<String> column) {
    if ((row & (BATCH - 1)) != 0) {
      return;
    }
    int seen = 0;
    for (int r = row + BATCH, to = Math.min(row + 2 * BATCH, size); r < to; r++) {
      String s = column.apply(r);
      seen += s == null ? 0 : s.length();
    }
    sink += seen;
  }
}
