package dev.keyaccount.examples.review;

import dev.keyaccount.examples.review.csv.DecimalCell;
import java.util.HashMap;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * One {@link Money} per distinct amount cell of the receivables files, shared by the authorizations and
 * deductions read in one review: a deduction usually repeats the amount of the authorization it takes,
 * and a {@code Money} is costly to make (Moneta rounds its decimal through a string). A cell of at most 18
 * digits is looked up by its unscaled value and scale, so that a repeated amount costs no
 * {@code BigDecimal} either; each {@code Money} is the one {@code Money.of(new BigDecimal(cell),
 * currency)} makes, so sharing it changes no value. Holds at most {@link #CAPACITY} amounts; lives while
 * the files are read. Not thread-safe.
 */
final class Amounts {

  /** The most amounts kept per currency. */
  static final int CAPACITY = 1 << 22;

  /** The cell being read, reused from line to line. */
  final DecimalCell cell = new DecimalCell();
  private final Map<CurrencyUnit, Table> tables = new HashMap<>();
  private CurrencyUnit lastCurrency;
  private Table lastTable;

  /** The amount of {@link #cell} in a currency. */
  Money money(CurrencyUnit currency) {
    if (!cell.isSmall()) {
      return Money.of(cell.value(), currency);
    }
    Table table;
    if (currency == lastCurrency) {
      table = lastTable;
    } else {
      table = tables.computeIfAbsent(currency, c -> new Table());
      lastCurrency = currency;
      lastTable = table;
    }
    return table.money(cell.unscaled(), cell.scale(), currency);
  }

  /** Open addressing by unscaled value and scale, at most half full. */
  private static final class Table {
    private long[] unscaled = new long[1 << 10];
    private int[] scales = new int[1 << 10];
    private Money[] values = new Money[1 << 10];
    private int size;

    Money money(long value, int scale, CurrencyUnit currency) {
      int mask = values.length - 1;
      int slot = slot(value, scale) & mask;
      while (values[slot] != null) {
        if (unscaled[slot] == value && scales[slot] == scale) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      Money money = Money.of(java.math.BigDecimal.valueOf(value, scale), currency);
      if (size < CAPACITY) {
        unscaled[slot] = value;
        scales[slot] = scale;
        values[slot] = money;
        if (++size * 2 > values.length) {
          grow();
        }
      }
      return money;
    }

    private static int slot(long value, int scale) {
      long h = (value ^ (long) scale << 58) * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 32);
    }

    private void grow() {
      long[] oldUnscaled = unscaled;
      int[] oldScales = scales;
      Money[] oldValues = values;
      unscaled = new long[oldValues.length * 2];
      scales = new int[oldValues.length * 2];
      values = new Money[oldValues.length * 2];
      int mask = values.length - 1;
      for (int i = 0; i < oldValues.length; i++) {
        if (oldValues[i] != null) {
          int slot = slot(oldUnscaled[i], oldScales[i]) & mask;
          while (values[slot] != null) {
            slot = (slot + 1) & mask;
          }
          unscaled[slot] = oldUnscaled[i];
          scales[slot] = oldScales[i];
          values[slot] = oldValues[i];
        }
      }
    }
  }
}
