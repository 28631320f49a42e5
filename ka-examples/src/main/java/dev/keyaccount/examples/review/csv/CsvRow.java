package dev.keyaccount.examples.review.csv;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import org.threeten.extra.YearQuarter;

/**
 * One data line of a CSV file, with typed accessors that fail with an {@link InputException} naming
 * the file, line, column and value.
 */
public final class CsvRow {

  private final String file;
  private final long line;
  private final Map<String, Integer> columns;
  private final String[] cells;

  /**
   * A row from cells read by another reader (the Spark jobs read with Spark's own), so that its cells
   * go through the same checks as the review's.
   *
   * @param file the file name, for messages
   * @param line the line number, for messages (0 when unknown)
   * @param columns each column's index in {@code cells}
   * @param cells the cells; a null cell is an empty one
   * @return the row
   */
  public static CsvRow of(String file, long line, Map<String, Integer> columns, String[] cells) {
    return new CsvRow(file, line, columns, cells);
  }

  /** Compact: the column index is shared by every row of a file; the cells are the parser's array. */
  CsvRow(String file, long line, Map<String, Integer> columns, String[] cells) {
    this.file = file;
    this.line = line;
    this.columns = columns;
    this.cells = cells;
  }

  private String cell(String column) {
    Integer index = columns.get(column);
    return index == null || index >= cells.length ? null : cells[index];
  }

  /**
   * The file this row comes from.
   *
   * @return the file name
   */
  public String file() {
    return file;
  }

  /**
   * The row's 1-based line number in its file (the header is line 1); for a row whose quoted cells
   * span lines, its first line.
   *
   * @return the line number
   */
  public long line() {
    return line;
  }

  /**
   * A text cell, stripped of the white space around it.
   *
   * @param column the column
   * @return the text, never blank
   * @throws InputException if the cell is empty
   */
  public String text(String column) {
    String value = cell(column);
    if (value == null || value.isBlank()) {
      throw error(column, value == null ? "" : value, "a value is required");
    }
    // Stripped of what isBlank calls blank (white space), not of every control character as trim would:
    // a cell of control characters alone is a value, kept as written, never an empty one.
    return value.strip();
  }

  /**
   * A cell as the reader parsed it (surrounding spaces outside quotes dropped, nothing else changed),
   * for files whose cells are written exactly, such as the review's ledger files.
   *
   * @param column the column
   * @return the cell, or the empty string if the row has no such cell
   */
  public String raw(String column) {
    String value = cell(column);
    return value == null ? "" : value;
  }

  /**
   * An optional text cell, stripped of the white space around it.
   *
   * @param column the column
   * @return the text, or the empty string
   */
  public String optionalText(String column) {
    String value = cell(column);
    return value == null ? "" : value.strip();
  }

  /**
   * A plain decimal cell such as {@code 1234.50}.
   *
   * @param column the column
   * @return the decimal
   * @throws InputException if the cell is not a plain decimal
   */
  public BigDecimal decimal(String column) {
    String value = text(column);
    if (!isPlainDecimal(value)) {
      throw error(column, value, "expected a plain decimal such as 1234.50");
    }
    // Bounded before any number is made: Moneta would round a longer one silently.
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    if (digits > dev.keyaccount.core.Args.DECIMAL_DIGITS) {
      throw error(column, value, "more than " + dev.keyaccount.core.Args.DECIMAL_DIGITS
          + " digits (the bound of every decimal)");
    }
    return plainDecimal(value);
  }

  /**
   * A plain decimal's value: up to 18 digits read as a long and its scale (a million cells a file),
   * the same {@code BigDecimal} as {@code new BigDecimal(value)}; longer ones by that constructor.
   *
   * @param value a text for which {@link #isPlainDecimal} holds
   * @return its value
   */
  public static BigDecimal plainDecimal(String value) {
    int n = value.length();
    int i = value.charAt(0) == '+' || value.charAt(0) == '-' ? 1 : 0;
    if (n - i > 18) {
      return new BigDecimal(value);
    }
    long unscaled = 0;
    int scale = 0;
    boolean fraction = false;
    for (; i < n; i++) {
      char c = value.charAt(i);
      if (c == '.') {
        fraction = true;
      } else {
        unscaled = unscaled * 10 + (c - '0');
        if (fraction) {
          scale++;
        }
      }
    }
    return BigDecimal.valueOf(value.charAt(0) == '-' ? -unscaled : unscaled, scale);
  }

  /**
   * Whether the text is {@code [+-]?[0-9]+(\.[0-9]+)?}, checked without a regular expression (a million
   * cells a file).
   *
   * @param value the text
   * @return whether it is a plain decimal
   */
  public static boolean isPlainDecimal(String value) {
    int n = value.length();
    int i = n > 0 && (value.charAt(0) == '+' || value.charAt(0) == '-') ? 1 : 0;
    int digits = 0;
    while (i < n && isDigit(value.charAt(i))) {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (value.charAt(i) != '.' || i + 1 == n) {
      return false;
    }
    for (i++; i < n; i++) {
      if (!isDigit(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * An ISO date cell {@code yyyy-MM-dd}.
   *
   * @param column the column
   * @return the date
   * @throws InputException if the cell is not an ISO date
   */
  public LocalDate date(String column) {
    String value = text(column);
    // The common shape without the formatter (a million cells a file); the same dates and errors.
    LocalDate date = isoDate(value);
    if (date != null) {
      return date;
    }
    try {
      return LocalDate.parse(value);
    } catch (java.time.DateTimeException e) {
      throw error(column, value, "expected an ISO date yyyy-MM-dd");
    }
  }

  /**
   * The date of a text {@code yyyy-MM-dd} with a year of four digits, read without a formatter; null for
   * any other text, an impossible date ({@code 2026-02-30}) included.
   *
   * @param text the text
   * @return the date, or null
   */
  public static LocalDate isoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The number written by the digits from {@code from} to {@code to}, or -1 if one is not a digit. */
  private static int digits(String value, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * A rate cell: {@code 18%} or the fraction {@code 0.18}; a bare number above 1 is ambiguous.
   *
   * @param column the column
   * @return the rate
   * @throws InputException if the cell is not a rate or is ambiguous
   */
  public Rate rate(String column) {
    String value = text(column);
    try {
      return Rate.parse(value);
    } catch (IllegalArgumentException e) {
      throw error(column, value, "expected a rate such as 18% or 0.18 (a bare number above 1 is ambiguous)");
    }
  }

  /**
   * An ISO 4217 currency code cell.
   *
   * @param column the column
   * @return the currency
   * @throws InputException if the code is not a known currency
   */
  public CurrencyUnit currency(String column) {
    String value = text(column);
    try {
      return Currencies.of(value);
    } catch (IllegalArgumentException e) {
      throw error(column, value, "expected an ISO 4217 currency code such as CNY");
    }
  }

  /**
   * An enum cell, matched by constant name ignoring case.
   *
   * @param <E> the enum type
   * @param column the column
   * @param type the enum class
   * @return the constant
   * @throws InputException if the value names no constant
   */
  public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
    String value = text(column);
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder allowed = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name());
      }
      throw error(column, value, "expected one of " + allowed);
    }
  }

  /** The most digits an amount may have before its decimal point. */
  public static final int MAX_AMOUNT_DIGITS = 15;

  /** The largest count (cases, points, activities) accepted. */
  public static final long MAX_COUNT = 1_000_000_000_000L;

  /** The largest whole number (days, points, SKUs) accepted where a file's table gives no other bound. */
  public static final int MAX_WHOLE_NUMBER = 1_000_000;

  /** The longest identifier (account, store, SKU, document) accepted, in characters. */
  public static final int MAX_ID_CHARS = 64;

  /** The most items a list cell ({@code a;b;c}) may hold. */
  public static final int MAX_LIST_ITEMS = 1_000;

  /** The earliest date accepted. */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  /** The latest date accepted. */
  public static final LocalDate MAX_DATE = LocalDate.of(2999, 12, 31);

  /**
   * An identifier cell: required, at most {@link #MAX_ID_CHARS} characters.
   *
   * @param column the column
   * @return the identifier, trimmed
   * @throws InputException if the cell is empty or too long
   */
  public String id(String column) {
    String value = text(column);
    if (value.length() > MAX_ID_CHARS) {
      throw error(column, value, "an identifier has at most " + MAX_ID_CHARS + " characters");
    }
    return value;
  }

  /**
   * An amount of money cell: a plain decimal, not negative, at most {@link #MAX_AMOUNT_DIGITS} digits
   * before the point and no more decimals than the currency's minor unit.
   *
   * @param column the column
   * @param currency the currency the amount is in
   * @return the amount
   * @throws InputException if the cell is not such an amount
   */
  public BigDecimal amount(String column, CurrencyUnit currency) {
    return amount(column, currency, false);
  }

  /**
   * An amount of money cell that may be negative: a plain decimal, at most {@link #MAX_AMOUNT_DIGITS}
   * digits before the point and no more decimals than the currency's minor unit. For a column where a
   * negative amount is a well-formed line the library rejects (reported as a rejected line), not an input
   * error.
   *
   * @param column the column
   * @param currency the currency the amount is in
   * @return the amount
   * @throws InputException if the cell is not such an amount
   */
  public BigDecimal signedAmount(String column, CurrencyUnit currency) {
    return amount(column, currency, true);
  }

  private BigDecimal amount(String column, CurrencyUnit currency, boolean signed) {
    BigDecimal value = decimal(column);
    int decimals = Math.max(0, currency.getDefaultFractionDigits());
    if ((!signed && value.signum() < 0) || value.scale() > decimals
        || value.precision() - value.scale() > MAX_AMOUNT_DIGITS) {
      throw error(column, value.toPlainString(), "expected an amount " + (signed ? "" : "from 0 ") + "with at most "
          + MAX_AMOUNT_DIGITS + " digits before the point and " + decimals + " after (" + currency.getCurrencyCode()
          + ")");
    }
    return value;
  }

  /**
   * A count cell (cases, points): a whole number from 0 to {@link #MAX_COUNT}.
   *
   * @param column the column
   * @return the count
   * @throws InputException if the cell is not such a count
   */
  public long count(String column) {
    String value = text(column);
    if (!value.matches("[0-9]{1,13}") || Long.parseLong(value) > MAX_COUNT) {
      throw error(column, value, "expected a whole number from 0 to " + MAX_COUNT);
    }
    return Long.parseLong(value);
  }

  /**
   * A bounded whole number cell, such as display points or days.
   *
   * @param column the column
   * @param max the largest value accepted
   * @return the number, from 0 to {@code max}
   * @throws InputException if the cell is not such a number
   */
  public int count(String column, int max) {
    String value = text(column);
    if (!value.matches("[0-9]{1,10}") || Long.parseLong(value) > max) {
      throw error(column, value, "expected a whole number from 0 to " + max);
    }
    return Integer.parseInt(value);
  }

  /**
   * An optional count cell: empty, or as {@link #count(String)}.
   *
   * @param column the column
   * @return the count, or -1 when the cell is empty
   * @throws InputException if the cell is neither empty nor a count
   */
  public long optionalCount(String column) {
    return optionalText(column).isEmpty() ? -1 : count(column);
  }

  /**
   * A rate cell from 0 to 1 (0% to 100%).
   *
   * @param column the column
   * @return the rate
   * @throws InputException if the cell is not a rate from 0% to 100%
   */
  public Rate fraction(String column) {
    Rate rate = rate(column);
    if (rate.isNegative() || rate.fraction().compareTo(BigDecimal.ONE) > 0) {
      throw error(column, optionalText(column), "expected a rate from 0% to 100%");
    }
    return rate;
  }

  /**
   * A date cell between {@link #MIN_DATE} and {@link #MAX_DATE}.
   *
   * @param column the column
   * @return the date
   * @throws InputException if the cell is not such a date
   */
  public LocalDate boundedDate(String column) {
    LocalDate date = date(column);
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw error(column, date.toString(), "expected a date from " + MIN_DATE + " to " + MAX_DATE);
    }
    return date;
  }

  /**
   * An optional date cell: empty, or as {@link #boundedDate(String)}.
   *
   * @param column the column
   * @return the date, or null when the cell is empty
   * @throws InputException if the cell is neither empty nor such a date
   */
  public LocalDate optionalDate(String column) {
    return optionalText(column).isEmpty() ? null : boundedDate(column);
  }

  /**
   * A month cell {@code yyyy-MM}, in the years of {@link #MIN_DATE} to {@link #MAX_DATE}.
   *
   * @param column the column
   * @return the month
   * @throws InputException if the cell is not such a month
   */
  public YearMonth month(String column) {
    String value = text(column);
    if (!value.matches("[0-9]{4}-[0-9]{2}")) {
      throw error(column, value, "expected a month yyyy-MM such as 2026-04");
    }
    try {
      YearMonth month = YearMonth.parse(value);
      if (month.getYear() >= MIN_DATE.getYear() && month.getYear() <= MAX_DATE.getYear()) {
        return month;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw error(column, value, "expected a month yyyy-MM such as 2026-04");
  }

  /**
   * A quarter cell {@code yyyy-Qn}.
   *
   * @param column the column
   * @return the quarter
   * @throws InputException if the cell is not such a quarter
   */
  public YearQuarter quarter(String column) {
    String value = text(column);
    if (!value.matches("[0-9]{4}-Q[1-4]") || Integer.parseInt(value.substring(0, 4)) < MIN_DATE.getYear()) {
      throw error(column, value, "expected a quarter yyyy-Qn such as 2026-Q2");
    }
    return YearQuarter.parse(value);
  }

  /**
   * A list cell of identifiers separated by {@code ;}, such as {@code BEER-330;BEER-500}; may be empty.
   *
   * @param column the column
   * @return the identifiers, in cell order, without repeats
   * @throws InputException if an identifier is too long or there are too many
   */
  public Set<String> idList(String column) {
    String value = optionalText(column);
    Set<String> ids = new LinkedHashSet<>();
    if (value.isEmpty()) {
      return ids;
    }
    String[] parts = value.split(";", -1);
    if (parts.length > MAX_LIST_ITEMS) {
      throw error(column, value, "a list has at most " + MAX_LIST_ITEMS + " items");
    }
    for (String part : parts) {
      String id = part.strip();
      if (id.isEmpty() || id.length() > MAX_ID_CHARS) {
        throw error(column, value, "expected identifiers of 1 to " + MAX_ID_CHARS + " characters separated by ;");
      }
      ids.add(id);
    }
    return ids;
  }

  /**
   * Builds an input error for a cell of this row.
   *
   * @param column the column
   * @param value the offending value
   * @param problem what is wrong
   * @return the exception, to throw
   */
  public InputException error(String column, String value, String problem) {
    return new InputException(file, line, column, value, problem);
  }
}
