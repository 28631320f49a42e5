package dev.keyaccount.examples.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * The values read from one input file, with the line each came from (kept as a {@code long[]}, not a
 * row object per line), and the well-formed lines the library rejected.
 *
 * @param <T> the value type
 */
final class InputFile<T> {

  final String file;
  final List<T> values = new ArrayList<>();
  final List<ReviewInput.RejectedLine> rejected = new ArrayList<>();
  private long[] lines = new long[64];
  /** Cells that repeat from line to line (account ids, reason codes), one string each. */
  private final Map<String, String> shared = new HashMap<>();
  /** Dates by their cell text, one value each. */
  private final Map<String, java.time.LocalDate> dates = new HashMap<>();
  /** Currencies by their cell text. */
  private final Map<String, javax.money.CurrencyUnit> currencies = new HashMap<>();

  /** The most distinct strings {@link #shared} keeps; beyond, a cell is kept as it is. */
  static final int MAX_SHARED = 100_000;

  InputFile(String file) {
    this.file = file;
  }

  void add(T value, long line) {
    if (values.size() == lines.length) {
      lines = Arrays.copyOf(lines, lines.length * 2);
    }
    lines[values.size()] = line;
    values.add(value);
  }

  /**
   * One string for equal cells that repeat from line to line, such as account ids: a million lines
   * name a few thousand accounts, so the values keep a few thousand strings, not a million.
   */
  String shared(String value) {
    String known = shared.get(value);
    if (known != null) {
      return known;
    }
    if (shared.size() < MAX_SHARED) {
      shared.put(value, value);
    }
    return value;
  }

  /**
   * A date cell, parsed once per distinct text: a million lines fall on a few thousand days, so the
   * values share a few thousand {@code LocalDate}s.
   */
  java.time.LocalDate date(dev.keyaccount.examples.review.csv.CsvRow row, String column) {
    String text = row.optionalText(column);
    java.time.LocalDate known = dates.get(text);
    if (known == null) {
      known = row.date(column);
      if (dates.size() < MAX_SHARED) {
        dates.put(text, known);
      }
    }
    return known;
  }

  /** A currency cell, looked up once per distinct code. */
  javax.money.CurrencyUnit currency(dev.keyaccount.examples.review.csv.CsvRow row, String column) {
    String text = row.optionalText(column);
    javax.money.CurrencyUnit known = currencies.get(text);
    if (known == null) {
      known = row.currency(column);
      if (currencies.size() < MAX_SHARED) {
        currencies.put(text, known);
      }
    }
    return known;
  }

  /** The line of the value at an index. */
  long line(int index) {
    return lines[index];
  }
}
