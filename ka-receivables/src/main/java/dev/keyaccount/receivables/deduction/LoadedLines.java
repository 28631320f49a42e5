package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.result.FailureReason;
import java.util.Arrays;

/**
 * The accepted lines of one side of a run, read in input order, and their sorting by date, amount and
 * id (then the caller's tie-break), with repeated ids rejected (the first in the input is kept). The
 * tables copy their columns out in that order. Not thread-safe; used while loading only.
 */
final class LoadedLines {

  /** The input position of each kept line. */
  final int[] line;
  private final String[] id;
  private final int[] account;
  private final int[] type;
  private final long[] date;
  private final long[] amount;
  private final int[] reference;
  private int count;
  /** What the loaders' reads ahead found, kept so that they are not left out as unused. */
  private int readAhead;

  LoadedLines(int capacity) {
    line = new int[capacity];
    id = new String[capacity];
    account = new int[capacity];
    type = new int[capacity];
    date = new long[capacity];
    amount = new long[capacity];
    reference = new int[capacity];
  }

  void add(int lineIndex, String lineId, int lineAccount, int lineType, long epochDay, long minorUnits) {
    line[count] = lineIndex;
    id[count] = lineId;
    account[count] = lineAccount;
    type[count] = lineType;
    date[count] = epochDay;
    amount[count] = minorUnits;
    count++;
  }

  /**
   * Interns the references of the lines added, in the order they were added: {@code references} gives a
   * line's reference by its input position (null: none).
   */
  void internReferences(ReferenceTable table, java.util.function.IntFunction<String> references) {
    table.internAll(count, p -> references.apply(line[p]), reference);
  }

  /**
   * Before the loader checks line {@code i} of {@code lines}, when it loads the lines in order: at every
   * {@link ReferenceTable#BATCH}-th line, reads the texts of the next ones ({@link CompactLines#readAhead}).
   * Changes nothing.
   */
  void readAhead(CompactLines<?> lines, int i, int end, boolean inOrder) {
    if (inOrder && i % ReferenceTable.BATCH == 0) {
      readAhead += lines.readAhead(i, Math.min(i + ReferenceTable.BATCH, end));
    }
  }

  /** Keeps a sum that a read ahead returned, so that the read is not left out as unused. */
  void keep(int seen) {
    readAhead += seen;
  }

  /**
   * The place in the caller's input of each line index, where the lines were copied from part of it
   * (null: a line index is its place): what a rejected line reports.
   */
  private int[] inputPosition;

  /** Reports a rejected line at {@code inputPosition[line]} instead of at its line index. */
  void reportAt(int[] inputPosition) {
    this.inputPosition = inputPosition;
  }

  /** Where the caller's input has the line with this index ({@link #reportAt}). */
  int reported(int lineIndex) {
    return inputPosition == null ? lineIndex : inputPosition[lineIndex];
  }

  /** How many lines were added. */
  int size() {
    return count;
  }

  /**
   * Positions of the kept lines, sorted; {@code tieBreak} compares input line indices. A repeated id keeps
   * its first line in the input; the later ones are rejected into the context, as failure items of
   * {@code input}. The lines must have been added in input order.
   */
  int[] sortedOrder(KeySort.IndexComparator tieBreak, String input, RunContext context) {
    IndexTable ids = new IndexTable(count);
    IndexTable.SameKey sameId = (other, probe) -> id[other].equals(id[probe]);
    int[] hashes = new int[count];
    for (int p = 0; p < count; p++) {
      hashes[p] = id[p].hashCode();
    }
    int[] firsts = new int[count];
    ids.putAllIfAbsent(hashes, count, sameId, firsts);
    long minDate = Long.MAX_VALUE;
    long maxDate = Long.MIN_VALUE;
    long maxAmount = 0;
    for (int p = 0; p < count; p++) {
      minDate = Math.min(minDate, date[p]);
      maxDate = Math.max(maxDate, date[p]);
      maxAmount = Math.max(maxAmount, amount[p]);
    }
    KeySort.IndexComparator byAmountThenId = (x, y) -> {
      int c = Long.compare(amount[x], amount[y]);
      if (c == 0) {
        c = id[x].compareTo(id[y]);
      }
      return c != 0 ? c : tieBreak.compare(line[x], line[y]);
    };
    int[] order = IndexSort.sortByDateAndAmount(date, amount, count, minDate, maxDate, maxAmount, byAmountThenId);
    // A repeated id keeps its first line in the input (the lines were added in input order, so the first
    // position holding an id is its lowest line), whatever the dates; each later line is rejected.
    int size = 0;
    for (int p : order) {
      int first = firsts[p];
      if (first >= 0) {
        context.reject(input, reported(line[p]), id[p], FailureReason.DUPLICATE_ID,
            Args.duplicateIdMessage(input, reported(line[p]), id[p], reported(line[first])));
      } else {
        order[size++] = p;
      }
    }
    return Arrays.copyOf(order, size); // a millisecond for a million lines; no branch to test apart
  }

  String[] ids(int[] order) {
    String[] out = new String[order.length];
    for (int k = 0; k < order.length; k++) {
      out[k] = id[order[k]];
    }
    return out;
  }

  int[] references(int[] order) {
    return permute(reference, order);
  }

  int[] accounts(int[] order) {
    return permute(account, order);
  }

  int[] types(int[] order) {
    return permute(type, order);
  }

  int[] dates(int[] order) {
    int[] out = new int[order.length];
    for (int k = 0; k < order.length; k++) {
      // Dates are within MIN_DATE and MAX_DATE (checked on loading), so the epoch day fits an int.
      out[k] = (int) date[order[k]];
    }
    return out;
  }

  long[] amounts(int[] order) {
    long[] out = new long[order.length];
    for (int k = 0; k < order.length; k++) {
      out[k] = amount[order[k]];
    }
    return out;
  }

  private static int[] permute(int[] values, int[] order) {
    int[] out = new int[order.length];
    for (int k = 0; k < order.length; k++) {
      out[k] = values[order[k]];
    }
    return out;
  }
}
