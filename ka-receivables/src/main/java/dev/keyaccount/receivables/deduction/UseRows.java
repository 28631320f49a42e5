package dev.keyaccount.receivables.deduction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A ledger's authorization uses by id: each row either a position in the ledger's {@link UseBlock} or
 * a use of its newer layers, so that sorting a million uses builds no {@link UseLine} for the block's.
 * A row's fields are read from the block's columns as they are, and a row's use is built only when
 * asked for, the last one kept. Immutable and thread-safe: the kept use is an immutable holder,
 * replaced whole.
 */
final class UseRows {

  private final UseBlock block;
  /** Per row: a block position, or {@code -1 - i} for {@code extra[i]}. */
  private final int[] order;
  private final UseLine[] extra;
  /** The last row asked for (a benign race: any thread sees a whole holder or none). */
  private Last last;

  private record Last(int row, UseLine line) {}

  private UseRows(UseBlock block, int[] order, UseLine[] extra) {
    this.block = block;
    this.order = order;
    this.extra = extra;
  }

  /** The uses of the map by authorization id: its layers' uses, and its block's (null: none) that no layer hides. */
  static UseRows byId(LayeredMap<String, UseLine> map, UseBlock block) {
    List<UseLine> layered = new ArrayList<>();
    map.forEachInLayers((id, line) -> layered.add(line));
    UseLine[] extra = layered.toArray(new UseLine[0]);
    int[] order = IndexSort.rowCodes(extra.length, block == null ? 0 : block.size, k -> !map.inLayers(block.id(k)));
    IndexSort.sortRows(order, null, 0, code -> id(block, extra, code));
    return new UseRows(block, order, extra);
  }

  private static String id(UseBlock block, UseLine[] extra, int code) {
    return code >= 0 ? block.id(code) : extra[-1 - code].authorizationId;
  }

  /** How many rows. */
  int size() {
    return order.length;
  }

  /** The authorization id of the row. */
  String id(int row) {
    int code = code(row);
    return code >= 0 ? block.id(code) : extra[-1 - code].authorizationId;
  }

  /** The amount (minor units) of the row. */
  long amount(int row) {
    int code = code(row);
    return code >= 0 ? block.amount(code) : extra[-1 - code].amount;
  }

  /** How many consumptions the row has. */
  int consumptionCount(int row) {
    int code = code(row);
    return code >= 0 ? block.consumptionEnd(code) - block.consumptionStart(code) : extra[-1 - code].size();
  }

  /**
   * Where consumption {@code c} (in {@code [0, consumptionCount(row))}) of the row is: a position in the
   * block's consumption columns, or {@code c} itself for a use of the layers.
   */
  int consumption(int row, int c) {
    int code = code(row);
    return code >= 0 ? block.consumptionStart(code) + c : c;
  }

  /** The deduction id of a consumption of the row, located by {@link #consumption}. */
  String consumptionDeductionId(int row, int at) {
    int code = code(row);
    return code >= 0 ? block.consumptionDeductionId(at) : extra[-1 - code].deductionId(at);
  }

  /** The amount (minor units) of a consumption of the row, located by {@link #consumption}. */
  long consumptionAmount(int row, int at) {
    int code = code(row);
    return code >= 0 ? block.consumptionAmount(at) : extra[-1 - code].amount(at);
  }

  /** The date (epoch day) of a consumption of the row, located by {@link #consumption}. */
  int consumptionDate(int row, int at) {
    int code = code(row);
    return code >= 0 ? block.consumptionDate(at) : extra[-1 - code].date(at);
  }

  private int code(int row) {
    return order[Objects.checkIndex(row, order.length)];
  }

  /** The use of the row. */
  UseLine line(int row) {
    int code = order[Objects.checkIndex(row, order.length)];
    if (code < 0) {
      return extra[-1 - code];
    }
    Last kept = last;
    if (kept != null && kept.row == row) {
      return kept.line;
    }
    UseLine line = block.line(code);
    last = new Last(row, line);
    return line;
  }
}
