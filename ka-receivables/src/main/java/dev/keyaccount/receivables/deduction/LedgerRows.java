package dev.keyaccount.receivables.deduction;

import java.util.ArrayList;
import java.util.List;

/**
 * A ledger's deductions (or its open ones) by date, then id: each row either a position in the
 * ledger's {@link LedgerBlock} or a line of its newer layers, so that sorting a million deductions
 * builds no {@link LedgerLine} for the block's (see {@link SortedRows}). Immutable and thread-safe.
 */
final class LedgerRows extends SortedRows<LedgerLine> {

  private final LedgerBlock block;

  private LedgerRows(LedgerBlock block, int[] order, LedgerLine[] extra) {
    super(order, extra);
    this.block = block;
  }

  /**
   * The lines of the map by date, then id: its layers' lines, and its block's (null: none) that no
   * layer hides, all of them or ({@code openOnly}) the open ones.
   */
  static LedgerRows byDate(LayeredMap<String, LedgerLine> map, LedgerBlock block, boolean openOnly) {
    List<LedgerLine> layered = new ArrayList<>();
    map.forEachInLayers((id, line) -> layered.add(line));
    LedgerLine[] extra = layered.toArray(new LedgerLine[0]);
    int[] order = IndexSort.rowCodes(extra.length, block == null ? 0 : block.size,
        k -> (!openOnly || block.isOpen(k)) && !map.inLayers(block.id(k)));
    int n = order.length;
    long[] days = new long[n];
    long minDay = Long.MAX_VALUE;
    long maxDay = Long.MIN_VALUE;
    for (int r = 0; r < n; r++) {
      int code = order[r];
      days[r] = code >= 0 ? block.date(code) : extra[-1 - code].date;
      minDay = Math.min(minDay, days[r]);
      maxDay = Math.max(maxDay, days[r]);
    }
    for (int r = 0; r < n; r++) {
      days[r] -= minDay;
    }
    IndexSort.sortRows(order, days, n == 0 ? 0 : IndexSort.bits(maxDay - minDay), code -> id(block, extra, code));
    return new LedgerRows(block, order, extra);
  }

  /** The row's date as an epoch day. */
  int date(int row) {
    int code = code(row);
    return code >= 0 ? block.date(code) : extra[-1 - code].date;
  }

  /** The row's amount in minor units. */
  long amount(int row) {
    int code = code(row);
    return code >= 0 ? block.amount(code) : extra[-1 - code].amount;
  }

  /** The first row dated on or after the epoch day (the size if none). */
  int firstOnOrAfter(long day) {
    int low = 0;
    int high = size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (date(mid) < day) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static String id(LedgerBlock block, LedgerLine[] extra, int code) {
    return code >= 0 ? block.id(code) : extra[-1 - code].id;
  }

  /** The ledger's columns the rows at or above 0 point into (null when every row is a layer's line). */
  LedgerBlock block() {
    return block;
  }

  @Override
  LedgerLine columnLine(int position) {
    return block.line(position);
  }
}
