package dev.keyaccount.examples.review.report;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes one of the review's CSV result files with Apache Commons CSV ({@link CSVFormat#print}): a header row, RFC 4180 quoting
 * (a cell holding a comma, a double quote or a line break is enclosed in double quotes, its quotes
 * doubled), records ended by LF. Every output CSV goes through this class.
 *
 * <p><b>CSV injection</b> is neutralised the OWASP way: a text cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a single quote
 * ({@code '=HYPERLINK(…)}), so that a spreadsheet shows it as text instead of evaluating it; so is one
 * that starts with a single quote, so that stripping one leading quote gives the text back. Number cells
 * ({@link #number}, {@link #amount}) are written as plain decimals and never prefixed, so {@code -12.50}
 * stays a number.
 *
 * <p>Large files are the common case (a row per deduction): a row is built in a buffer and handed to
 * the output in blocks, and a cell that needs no quoting (letters, digits and {@code . _ : ; / -}, with
 * spaces between them, not starting with {@code -}) is copied as it is; every other cell goes through Commons CSV, so the
 * bytes are those Commons CSV writes. A cell with white space at either end (U+3000 included) is
 * always quoted, so that a reader that drops the spaces around unquoted cells reads it whole.
 *
 * <p>Not thread-safe: one instance writes one file.
 */
public final class CsvOutput implements Closeable {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
  /**
   * For a cell with white space at either end: quoted whatever Commons CSV's minimal rule says (it
   * quotes a trailing ASCII space but not U+3000 or a leading tab), so that a reader that drops the
   * spaces around unquoted cells, as the review's does, reads it back whole.
   */
  private static final CSVFormat QUOTED = FORMAT.builder().setQuoteMode(org.apache.commons.csv.QuoteMode.ALL).get();

  /** Characters buffered before they are handed to the output. */
  private static final int BLOCK = 1 << 16;

  private final Appendable out;
  /** The output when it takes bytes ({@link OutputFolder}'s files); null when it takes text only. */
  private final Utf8Writer bytes;
  private final int columns;
  private final StringBuilder buffer;
  private int cells;

  /**
   * Starts a file with its header row.
   *
   * @param out where the CSV text goes
   * @param header the column names
   * @throws IOException if the header cannot be written
   */
  public CsvOutput(Appendable out, String... header) throws IOException {
    this.out = out;
    this.bytes = out instanceof Utf8Writer ? (Utf8Writer) out : null;
    this.buffer = new StringBuilder(bytes != null ? 256 : BLOCK + 1024);
    this.columns = header.length;
    for (String column : header) {
      text(column);
    }
    endRow();
  }

  /**
   * Adds a text cell, neutralised against CSV injection.
   *
   * @param value the text, kept as it is apart from the injection prefix
   * @return this writer
   * @throws IOException if the cell cannot be written
   */
  public CsvOutput text(String value) throws IOException {
    return cell(neutralise(value));
  }

  /**
   * Adds a number cell as a plain decimal ({@code -12.50}, never {@code 1.25E+3}).
   *
   * @param value the number
   * @return this writer
   * @throws IOException if the cell cannot be written
   */
  public CsvOutput number(BigDecimal value) throws IOException {
    return cell(value.toPlainString());
  }

  /**
   * Adds an amount without its currency, rounded as {@link Formats#plain}.
   *
   * @param amount the amount
   * @return this writer
   * @throws IOException if the cell cannot be written
   */
  public CsvOutput amount(MonetaryAmount amount) throws IOException {
    if (minorUnits(amount)) {
      return this;
    }
    return cell(Formats.plain(amount));
  }

  /**
   * Adds an amount without its currency, with exactly its currency's minor digits ({@code 1234.50}).
   *
   * @param amount the amount, with no more decimals than its currency's minor unit
   * @return this writer
   * @throws IOException if the cell cannot be written
   * @throws ArithmeticException if the amount has digits below its currency's minor unit
   */
  public CsvOutput exactAmount(MonetaryAmount amount) throws IOException {
    if (minorUnits(amount)) {
      return this;
    }
    int digits = Monies.minorDigits(amount.getCurrency());
    if (amount.isZero()) {
      return cell(Formats.zero(digits));
    }
    String text = Formats.exactPlain(amount, digits);
    return cell(text != null ? text
        : Monies.decimal(amount).setScale(digits, RoundingMode.UNNECESSARY).toPlainString());
  }

  /**
   * Adds an amount given in whole minor units, with exactly {@code digits} decimals ({@code 123450} and 2
   * give {@code 1234.50}): the cell {@link #exactAmount} writes for the same amount.
   *
   * @param minorUnits the amount in minor units
   * @param digits the currency's minor digits, 0 or more
   * @return this writer
   * @throws IOException if the cell cannot be written
   * @throws IllegalArgumentException if the digits are negative
   */
  public CsvOutput exactMinorUnits(long minorUnits, int digits) throws IOException {
    if (digits < 0) {
      throw new IllegalArgumentException("Argument 'digits' must be 0 or more but has value " + digits);
    }
    if (digits > 4 || minorUnits == Long.MIN_VALUE) {
      return cell(BigDecimal.valueOf(minorUnits, digits).toPlainString());
    }
    if (bytes != null) {
      put(MINOR_UNITS, null, minorUnits, digits);
    } else {
      byte[] b = new byte[24];
      int end = writeMinorUnits(minorUnits, digits, b, 0);
      if (cells > 0) {
        buffer.append(',');
      }
      for (int i = 0; i < end; i++) {
        buffer.append((char) b[i]);
      }
      cells++;
    }
    return this;
  }

  /** Powers of ten as {@code long}s, to 10^4. */
  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000};

  /**
   * Writes a {@code Money} as whole minor units with the currency's decimals, as {@link Formats#plain}
   * writes it when it has no more decimals than that: false (nothing written) for another amount type,
   * one with more decimals, or one too long for a {@code long} of minor units.
   *
   * <p>Up to 15 digits, the minor units come from the amount's {@code double} without a decimal: the
   * {@code double} of an unscaled value below 10^15 over a power of ten up to 10^4, times that power,
   * is within 0.25 of the unscaled value, so rounding gives it back exactly; an integer below 10^15 is
   * its own {@code double}. Longer amounts take the decimal path.
   */
  private boolean minorUnits(MonetaryAmount amount) throws IOException {
    if (!(amount instanceof Money)) {
      return false;
    }
    Money money = (Money) amount;
    int digits = Monies.minorDigits(amount.getCurrency());
    int scale = money.getScale();
    int precision = money.getPrecision();
    if (digits > 4 || scale > digits || precision - scale + digits > 18) {
      return false;
    }
    long minor;
    if (precision <= 15 && precision - scale <= 15) {
      double value = money.getNumber().doubleValue();
      minor = scale >= 0 ? Math.round(value * POWERS[scale]) * POWERS[digits - scale] : (long) value * POWERS[digits];
    } else {
      minor = money.getNumberStripped().movePointRight(digits).longValueExact();
    }
    exactMinorUnits(minor, digits);
    return true;
  }

  /**
   * Writes minor units as a plain decimal with {@code digits} decimals ({@code -12.50} for -1250 and 2),
   * the text of {@code BigDecimal.valueOf(minor, digits).toPlainString()}; returns the end. Digits from 0
   * to 4; not {@link Long#MIN_VALUE}.
   */
  static int writeMinorUnits(long minor, int digits, byte[] b, int at) {
    long magnitude = Math.abs(minor);
    // The whole part and the decimals apart, the decimals (at most 4 digits) in int arithmetic.
    long whole = digits == 2 ? magnitude / 100 : magnitude / POWERS[digits]; // a constant divisor for most currencies
    int fraction = (int) (magnitude - whole * POWERS[digits]);
    int length = 1;
    for (long p = 10; length < 19 && p <= whole; p *= 10) {
      length++;
    }
    int end = at + (minor < 0 ? 1 : 0) + length + (digits > 0 ? 1 + digits : 0);
    int i = end;
    for (int d = 0; d < digits; d++) {
      b[--i] = (byte) ('0' + fraction % 10);
      fraction /= 10;
    }
    if (digits > 0) {
      b[--i] = '.';
    }
    if (whole <= Integer.MAX_VALUE) {
      int w = (int) whole;
      do {
        b[--i] = (byte) ('0' + w % 10);
        w /= 10;
      } while (w > 0);
    } else {
      do {
        b[--i] = (byte) ('0' + whole % 10);
        whole /= 10;
      } while (whole > 0);
    }
    if (minor < 0) {
      b[--i] = '-';
    }
    return end;
  }

  /**
   * Adds a date cell in ISO form ({@code 2026-05-31}), the text of {@link LocalDate#toString()}.
   *
   * @param date the date
   * @return this writer
   * @throws IOException if the cell cannot be written
   */
  public CsvOutput date(LocalDate date) throws IOException {
    int year = date.getYear();
    if (bytes == null || year < 1000 || year > 9999) {
      return cell(date.toString());
    }
    put(DATE, null, year * 10_000L + date.getMonthValue() * 100 + date.getDayOfMonth(), 0);
    return this;
  }

  /**
   * Adds a whole number cell ({@code -12}), the text of {@code BigDecimal.valueOf(value).toPlainString()}.
   *
   * @param value the number
   * @return this writer
   * @throws IOException if the cell cannot be written
   */
  public CsvOutput number(long value) throws IOException {
    if (bytes == null || value == Long.MIN_VALUE) {
      return cell(Long.toString(value));
    }
    put(MINOR_UNITS, null, value, 0);
    return this;
  }

  /**
   * Adds a text cell exactly as given, without the injection prefix: for files that are read back
   * and apply their own reversible encoding (the ledger's state files).
   *
   * @param value the text
   * @return this writer
   * @throws IOException if the cell cannot be written
   */
  public CsvOutput verbatim(String value) throws IOException {
    return cell(value);
  }

  /**
   * Adds an empty cell.
   *
   * @return this writer
   * @throws IOException if the cell cannot be written
   */
  public CsvOutput empty() throws IOException {
    return cell("");
  }

  /**
   * Ends the current row.
   *
   * @throws IOException if the row cannot be written
   * @throws IllegalStateException if the row does not have one cell per column
   */
  public void endRow() throws IOException {
    if (cells != columns) {
      throw new IllegalStateException("A row must have " + columns + " cells but has " + cells);
    }
    cells = 0;
    if (bytes != null) {
      bytes.room(1);
      bytes.buffer[bytes.position++] = '\n';
      return;
    }
    buffer.append('\n');
    if (buffer.length() >= BLOCK) {
      drain();
    }
  }

  /**
   * Flushes the text written; the caller closes its own output.
   *
   * @throws IOException if flushing fails
   */
  @Override
  public void close() throws IOException {
    drain();
    if (out instanceof Flushable) {
      ((Flushable) out).flush();
    }
  }

  /**
   * The OWASP rule: text starting with {@code = + - @}, a tab or a carriage return gets a leading
   * single quote; so does text starting with the single quote itself, so that the rule reverses (a
   * reader strips one leading quote from any text cell that starts with one, and {@code =x} and
   * {@code '=x} stay apart).
   *
   * @param text the cell text
   * @return the text, prefixed when a spreadsheet could take it for a formula or it starts with a quote
   */
  public static String neutralise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        || first == '\'' ? "'" + text : text;
  }

  private CsvOutput cell(String value) throws IOException {
    if (bytes != null) {
      if (!put(TEXT, value, 0, 0)) {
        // Commons CSV's text for the cell, then encoded: the bytes the text path writes.
        buffer.setLength(0);
        format(value).print(value, buffer, cells == 0);
        bytes.append(buffer);
        cells++;
      }
      return this;
    }
    if (value.isEmpty() && cells > 0) {
      // Commons CSV writes an empty cell after the first as nothing but its comma (the first, as "").
      buffer.append(',');
      cells++;
      return this;
    }
    if (needsNoQuotes(value)) {
      if (cells > 0) {
        buffer.append(',');
      }
      buffer.append(value);
    } else {
      format(value).print(value, buffer, cells == 0);
    }
    cells++;
    return this;
  }

  /** The format that writes the cell: {@link #QUOTED} for one with white space at either end. */
  private static CSVFormat format(String value) {
    return !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1))) ? QUOTED : FORMAT;
  }

  /** The kinds of cell {@link #put} writes. */
  private static final int TEXT = 0;
  private static final int MINOR_UNITS = 1;
  private static final int DATE = 2;

  /**
   * Writes one cell into the byte output, after a comma unless it is the row's first, and counts it;
   * false, with nothing written, for a text cell that is not copied as it is (one that
   * {@link #needsNoQuotes} does not accept, longer than 4,096 chars, or empty and first), which the
   * caller writes through Commons CSV. The cell is, by {@code kind}:
   * <ul>
   *   <li>{@link #TEXT}: {@code text}, copied as it is (an empty one: nothing but its comma, as Commons
   *       CSV writes it);</li>
   *   <li>{@link #MINOR_UNITS}: {@code value} minor units with {@code digits} decimals (0 to 4; not
   *       {@link Long#MIN_VALUE}), as {@link #writeMinorUnits} writes them;</li>
   *   <li>{@link #DATE}: {@code value} read as {@code yyyymmdd} with a year of four digits, in ISO form.</li>
   * </ul>
   *
   * <p>Every cell of every file written as bytes goes through this one method, and it is kept whole on
   * purpose, above the size up to which HotSpot's optimising compiler inlines a hot method (325 bytes
   * of bytecode): it is compiled once and called, instead of compiled again into a writer's loop at each
   * of its cells. A file of a million rows is written once per run, its loop compiled while it runs:
   * those inlined copies took seconds of compiler time from the review of 1M lines on two cores, more
   * than the calls cost (ka-examples BENCHMARKS.md, 0m).
   */
  private boolean put(int kind, String text, long value, int digits) throws IOException {
    int n = kind == TEXT ? text.length() : 0;
    // Commons CSV writes an empty cell after the first as nothing but its comma (the first, as "").
    if (kind == TEXT && (n == 0 ? cells == 0 : n > 4096 || text.charAt(0) == '-')) {
      return false;
    }
    Utf8Writer out = bytes;
    out.room(kind == TEXT ? n + 1 : 24);
    byte[] b = out.buffer;
    int at = out.position;
    if (cells > 0) {
      b[at++] = ',';
    }
    if (kind == TEXT) {
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c >= PLAIN.length || !PLAIN[c] && (c != ' ' || i == 0 || i == n - 1)) {
          return false;
        }
        b[at++] = (byte) c;
      }
    } else if (kind == DATE) {
      int year = (int) (value / 10_000);
      int month = (int) (value / 100 % 100);
      int day = (int) (value % 100);
      b[at++] = (byte) ('0' + year / 1000);
      b[at++] = (byte) ('0' + year / 100 % 10);
      b[at++] = (byte) ('0' + year / 10 % 10);
      b[at++] = (byte) ('0' + year % 10);
      b[at++] = '-';
      b[at++] = (byte) ('0' + month / 10);
      b[at++] = (byte) ('0' + month % 10);
      b[at++] = '-';
      b[at++] = (byte) ('0' + day / 10);
      b[at++] = (byte) ('0' + day % 10);
    } else {
      at = writeMinorUnits(value, digits, b, at);
    }
    out.position = at;
    cells++;
    return true;
  }

  /**
   * Whether Commons CSV writes the cell as it is: not empty, letters, digits and {@code . _ : ; / -}
   * only, and spaces between them, not starting with {@code -} (checked against Commons CSV by
   * {@code CsvOutputTest}).
   */
  static boolean needsNoQuotes(String value) {
    int n = value.length();
    if (n == 0 || value.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= PLAIN.length || !PLAIN[c] && (c != ' ' || i == 0 || i == n - 1)) {
        return false;
      }
    }
    return true;
  }

  /** The characters a cell may hold unquoted: letters, digits and {@code . _ : ; / -}. */
  private static final boolean[] PLAIN = new boolean[128];

  static {
    for (char c = 0; c < PLAIN.length; c++) {
      PLAIN[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
          || c == ':' || c == ';' || c == '/' || c == '-';
    }
  }

  private void drain() throws IOException {
    if (bytes != null) {
      return;
    }
    out.append(buffer);
    buffer.setLength(0);
  }
}
