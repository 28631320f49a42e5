package dev.keyaccount.examples.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values read from one input file, with the line each came from (kept as a {@code long[]}, not a
 * row object per line), and the well-formed lines the library rejected. The two large files keep their
 * values as columns ({@link Compactor}): each line goes into the columns as it is read, with no value
 * built for it.
 *
 * @param <T> the value type
 */
final class InputFile<T> {

  /** Collects a file's values as columns, such as a {@code CompactDeductions.Builder}, line by line. */
  interface Compactor<T> {
    /** The values added, in order. */
    List<T> build();

    /**
     * The latest date among the values added that the library will accept, where the compactor keeps
     * one (so that a million values need not be built again to find it), else null.
     *
     * @param earlier whether an earlier run's ledger holds a line's id, by currency code and id (such a
     *     line is rejected)
     */
    default java.time.LocalDate latestDate(java.util.function.BiPredicate<String, String> earlier) {
      return null;
    }

    /** How many values added in the currency are dated before the day, where the compactor counts them, else 0. */
    default int countBefore(String currencyCode, java.time.LocalDate day) {
      return 0;
    }

    /** The ids of the values added, in order, where the compactor keeps them, else null. */
    default String[] ids() {
      return null;
    }
  }

  /** The file's name: the CSV name, or the workbook's once a row was read from one in its place. */
  String file;
  /**
   * The values read, in order; set once the file is read ({@link #finish}), and emptied by
   * {@link #release} when no longer needed.
   */
  List<T> values = new ArrayList<>();
  final List<ReviewInput.RejectedLine> rejected = new ArrayList<>();
  /** The columns the values go into, or null; let go by {@link #release}. */
  private Compactor<T> compactor;
  private int count;
  private long[] lines = new long[64];
  /** Cells that repeat from line to line (account ids, reason codes), one string each. */
  private final Map<String, String> shared = new HashMap<>();
  /** Dates by their cell text, one value each. */
  private final Map<String, java.time.LocalDate> dates = new HashMap<>();
  /** Reason types by their cell text. */
  private final Map<String, dev.keyaccount.receivables.deduction.ReasonType> types = new HashMap<>();
  /** Currencies by their cell text. */
  private final Map<String, javax.money.CurrencyUnit> currencies = new HashMap<>();

  /** The most distinct strings {@link #shared} keeps; beyond, a cell is kept as it is. */
  static final int MAX_SHARED = 100_000;

  InputFile(String file) {
    this(file, null);
  }

  InputFile(String file, Compactor<T> compactor) {
    this.file = file;
    this.compactor = compactor;
  }

  /** Adds a value read at a line (a file without columns). */
  void add(T value, long line) {
    if (compactor != null) {
      throw new IllegalStateException(file + " keeps its lines as columns: add them there, then call added");
    }
    added(line);
    values.add(value);
  }

  /** Records the line of a value just added (to the columns, or to {@link #values} by {@link #add}). */
  void added(long line) {
    if (count == lines.length) {
      lines = Arrays.copyOf(lines, lines.length * 2);
    }
    lines[count++] = line;
  }

  /**
   * The latest date of the values the library will accept, from the file's columns ({@link Compactor});
   * empty for a file without columns, or when no value will be accepted.
   *
   * @param earlier whether an earlier run's ledger holds a line's id, by currency code and id
   * @return the date, or empty
   */
  Optional<java.time.LocalDate> latestDate(java.util.function.BiPredicate<String, String> earlier) {
    return Optional.ofNullable(compactor == null ? null : compactor.latestDate(earlier));
  }

  /** How many of {@link #values} in the currency are dated before the day, when the file's columns count them (until {@link #release}), else 0. */
  int countBefore(String currencyCode, java.time.LocalDate day) {
    return compactor == null ? 0 : compactor.countBefore(currencyCode, day);
  }

  /** The ids of {@link #values}, in order, when the file's columns keep them (until {@link #release}), else null. */
  String[] ids() {
    return compactor == null ? null : compactor.ids();
  }

  /** Ends the reading: the values collected as columns become {@link #values}. */
  void finish() {
    if (compactor != null) {
      values = compactor.build();
    }
  }

  /**
   * Rejects every line whose key repeats an earlier line's, so that no figure counts one fact twice: the
   * first line is kept, each later one is listed in {@code rejected-lines.csv} naming the line it repeats.
   * For the small files only (it keeps the values in a plain list).
   *
   * @param key the line's key, such as account and month
   * @param keyName what the key is, for the message
   */
  void rejectRepeats(java.util.function.Function<T, String> key, String keyName) {
    Map<String, Long> first = new HashMap<>();
    List<T> kept = new ArrayList<>(values.size());
    long[] keptLines = new long[Math.max(1, values.size())];
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      String k = key.apply(value);
      Long at = first.putIfAbsent(k, lines[i]);
      if (at != null) {
        rejected.add(new ReviewInput.RejectedLine(file, lines[i], k, "repeats line " + at + " (the same " + keyName
            + "); the first is kept"));
      } else {
        keptLines[kept.size()] = lines[i];
        kept.add(value);
      }
    }
    rejected.sort(java.util.Comparator.comparingLong(ReviewInput.RejectedLine::line));
    values = kept;
    lines = keptLines;
    count = kept.size();
  }

  /**
   * Rejects every line of each group (such as an order) that has a line with a problem: that line with
   * its problem, the group's other lines as left out with it. For the small files only.
   *
   * @param group the line's group, such as its order id
   * @param problem the line's problem, or null when it has none
   * @param groupName what a group is, for the message ("order")
   */
  void rejectGroups(java.util.function.Function<T, String> group, java.util.function.Function<T, String> problem,
      String groupName) {
    Map<String, Long> firstProblem = new HashMap<>();
    String[] problems = new String[values.size()];
    for (int i = 0; i < values.size(); i++) {
      problems[i] = problem.apply(values.get(i));
      if (problems[i] != null) {
        firstProblem.putIfAbsent(group.apply(values.get(i)), lines[i]);
      }
    }
    if (firstProblem.isEmpty()) {
      return;
    }
    List<T> kept = new ArrayList<>(values.size());
    long[] keptLines = new long[Math.max(1, values.size())];
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      String g = group.apply(value);
      Long at = firstProblem.get(g);
      if (at == null) {
        keptLines[kept.size()] = lines[i];
        kept.add(value);
        continue;
      }
      String own = problems[i];
      rejected.add(new ReviewInput.RejectedLine(file, lines[i], g, own != null
          ? own + "; the whole " + groupName + " is left out"
          : "left out with its " + groupName + ", whose line " + at + " is rejected"));
    }
    rejected.sort(java.util.Comparator.comparingLong(ReviewInput.RejectedLine::line));
    values = kept;
    lines = keptLines;
    count = kept.size();
  }

  /** Lets the values and their columns go (their lines and rejected lines stay). */
  void release() {
    values = List.of();
    compactor = null;
  }

  /**
   * Whether every line read named one currency: then the values need no splitting by currency. Lines of
   * several currencies, or more distinct currency cells than are kept, give false.
   */
  boolean oneCurrency() {
    return currencies.size() < MAX_SHARED && new java.util.HashSet<>(currencies.values()).size() == 1;
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
    return parsedOnce(dates, row, column, row::date);
  }

  /** A reason type cell, matched once per distinct text (a million lines name a few types). */
  dev.keyaccount.receivables.deduction.ReasonType type(dev.keyaccount.examples.review.csv.CsvRow row, String column) {
    return parsedOnce(types, row, column,
        c -> row.enumValue(c, dev.keyaccount.receivables.deduction.ReasonType.class));
  }

  /** A currency cell, looked up once per distinct code. */
  javax.money.CurrencyUnit currency(dev.keyaccount.examples.review.csv.CsvRow row, String column) {
    return parsedOnce(currencies, row, column, row::currency);
  }

  /** The cell's value from the cache by its text, parsed (and kept, up to the bound) when new. */
  private static <T> T parsedOnce(Map<String, T> cache, dev.keyaccount.examples.review.csv.CsvRow row,
      String column, java.util.function.Function<String, T> parse) {
    String text = row.optionalText(column);
    T known = cache.get(text);
    if (known == null) {
      known = parse.apply(column);
      if (cache.size() < MAX_SHARED) {
        cache.put(text, known);
      }
    }
    return known;
  }

  /** The line of the value at an index. */
  long line(int index) {
    return lines[index];
  }
}
