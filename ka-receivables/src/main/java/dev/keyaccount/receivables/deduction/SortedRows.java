package dev.keyaccount.receivables.deduction;

import java.util.Objects;

/**
 * Rows of a sorted view of a ledger's lines ({@link LedgerRows}, {@link UseRows}): each row either a
 * position in the ledger's columns (a code {@code >= 0}) or a line of its newer layers ({@code -1 - i}
 * for {@code extra[i]}). A row's line is built from the columns only when asked for, and the last one
 * is kept, since a writer asks for a row's fields one after the other. Immutable and thread-safe: the
 * kept line is an immutable holder, replaced whole (a benign race: any thread sees a whole holder or
 * none).
 *
 * @param <L> the line type
 */
abstract class SortedRows<L> {

  /** Per row: a position in the columns, or {@code -1 - i} for {@code extra[i]}. */
  private final int[] order;
  /** The lines of the layers. */
  final L[] extra;
  private Last<L> last;

  private record Last<L>(int row, L line) {}

  SortedRows(int[] order, L[] extra) {
    this.order = order;
    this.extra = extra;
  }

  /** How many rows. */
  final int size() {
    return order.length;
  }

  /** The code of the row: a position in the columns, or {@code -1 - i} for {@code extra[i]}. */
  final int code(int row) {
    return order[Objects.checkIndex(row, order.length)];
  }

  /** The line of the row. */
  final L line(int row) {
    int code = code(row);
    if (code < 0) {
      return extra[-1 - code];
    }
    Last<L> kept = last;
    if (kept != null && kept.row == row) {
      return kept.line;
    }
    L line = columnLine(code);
    last = new Last<>(row, line);
    return line;
  }

  /** The line at this position of the columns, built. */
  abstract L columnLine(int position);
}
