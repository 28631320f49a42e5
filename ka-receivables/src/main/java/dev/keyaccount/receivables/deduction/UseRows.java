package dev.keyaccount.receivables.deduction;

import java.util.ArrayList;
import java.util.List;

/**
 * A ledger's authorization uses by id: each row either a position in the ledger's {@link UseBlock} or
 * a use of its newer layers, so that sorting a million uses builds no {@link UseLine} for the block's.
 * A row's fields are read from the block's columns as they are, and a row's use is built only when
 * asked for (see {@link SortedRows}). Immutable and thread-safe.
 */
final class UseRows extends SortedRows<UseLine> {

  private final UseBlock block;

  private UseRows(UseBlock block, int[] order, UseLine[] extra) {
    super(order, extra);
    this.block = block;
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

  @Override
  UseLine columnLine(int position) {
    return block.line(position);
  }
}
