package dev.keyaccount.examples.review.report;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes one of the review's CSV result files with Apache Commons CSV ({@link CSVFormat#print}): a header row, RFC 4180 quoting
 * (a cell holding a comma, a double quote or a line break is enclosed in double quotes, its quotes
 * doubled), records ended by LF. Every output CSV goes through this class.
 *
 * <p><b>CSV injection</b> is neutralised the OWASP way: a text cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a single quote
 * ({@code '=HYPERLINK(…)}), so that a spreadsheet shows it as text instead of evaluating it. Number cells
 * ({@link #number}, {@link #amount}) are written as plain decimals and never prefixed, so {@code -12.50}
 * stays a number.
 *
 * <p>Large files are the common case (a row per deduction): a row is built in a buffer and handed to
 * the output in blocks, and a cell that needs no quoting (letters, digits and {@code . _ : ; / -},
 * not starting with {@code -}) is copied as it is; every other cell goes through Commons CSV, so the
 * bytes are those Commons CSV writes.
 *
 * <p>Not thread-safe: one instance writes one file.
 */
public final class CsvOutput implements Closeable {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  /** Characters buffered before they are handed to the output. */
  private static final int BLOCK = 1 << 16;

  private final Appendable out;
  private final int columns;
  private final StringBuilder buffer = new StringBuilder(BLOCK + 1024);
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
    return cell(Formats.plain(amount));
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
    buffer.append('\n');
    cells = 0;
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
   * single quote.
   *
   * @param text the cell text
   * @return the text, prefixed when a spreadsheet could take it for a formula
   */
  public static String neutralise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + text : text;
  }

  private CsvOutput cell(String value) throws IOException {
    if (needsNoQuotes(value)) {
      if (cells > 0) {
        buffer.append(',');
      }
      buffer.append(value);
    } else {
      FORMAT.print(value, buffer, cells == 0);
    }
    cells++;
    return this;
  }

  /**
   * Whether Commons CSV writes the cell as it is: not empty, letters, digits and {@code . _ : ; / -}
   * only, not starting with {@code -} (checked against Commons CSV by {@code CsvOutputTest}).
   */
  static boolean needsNoQuotes(String value) {
    int n = value.length();
    if (n == 0 || value.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= PLAIN.length || !PLAIN[c]) {
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
    out.append(buffer);
    buffer.setLength(0);
  }
}
