package dev.keyaccount.examples.review.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A console table with aligned columns: text left-aligned, figures right-aligned. Also the source of
 * the HTML tables, so both outputs show the same cells.
 *
 * <p>Bounded at any input size: the table keeps its first {@link #STORED_ROWS} rows and counts the
 * rest; the console prints the first {@link #CONSOLE_ROWS} and says how many more there are and, when
 * {@link #detailIn} names one, which output file has them all. Cells are printed through
 * {@link ConsoleText#cell}, so no input character reaches the terminal as a control.
 */
public final class TextTable {

  /** Rows kept per table (and shown in the HTML page); further rows are only counted. */
  public static final int STORED_ROWS = 1_000;

  /** Rows printed per table on the console. */
  public static final int CONSOLE_ROWS = 50;

  private final String title;
  private final List<String> header;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();
  private long omitted;
  private String detailIn = "";

  /**
   * Creates a table. A column whose name starts with {@code '>'} is right-aligned (the marker is not
   * printed).
   *
   * @param title the title printed above the table
   * @param columns the column names
   */
  public TextTable(String title, String... columns) {
    this.title = title;
    this.header = new ArrayList<>();
    this.numeric = new boolean[columns.length];
    for (int i = 0; i < columns.length; i++) {
      numeric[i] = columns[i].startsWith(">");
      header.add(numeric[i] ? columns[i].substring(1) : columns[i]);
    }
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column
   * @return this table
   * @throws IllegalArgumentException if the number of cells is wrong
   */
  public TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "Argument 'cells' must have " + header.size() + " values but has " + Arrays.toString(cells));
    }
    if (rows.size() >= STORED_ROWS) {
      omitted++;
      return this;
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  /**
   * Whether another row would still be kept; beyond that, {@link #skipRows} counts rows more cheaply.
   *
   * @return true while fewer than {@link #STORED_ROWS} rows are kept
   */
  public boolean hasRoom() {
    return rows.size() < STORED_ROWS;
  }

  /**
   * Counts rows that are not kept.
   *
   * @param count the number of rows
   * @return this table
   */
  public TextTable skipRows(long count) {
    omitted += count;
    return this;
  }

  /**
   * Names the output file that has every row, for the "n more" line.
   *
   * @param file such as {@code deduction-results.csv}
   * @return this table
   */
  public TextTable detailIn(String file) {
    this.detailIn = file;
    return this;
  }

  /**
   * The output file that has every row.
   *
   * @return the file name, or the empty string
   */
  public String detailIn() {
    return detailIn;
  }

  /**
   * All the rows added, kept or not.
   *
   * @return the number of rows
   */
  public long rowCount() {
    return rows.size() + omitted;
  }

  /**
   * The title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The column names.
   *
   * @return the header cells
   */
  public List<String> header() {
    return header;
  }

  /**
   * Whether a column is right-aligned.
   *
   * @param column the column index
   * @return true for figures
   */
  public boolean isNumeric(int column) {
    return numeric[column];
  }

  /**
   * The rows added so far.
   *
   * @return the rows
   */
  public List<List<String>> rows() {
    return rows;
  }

  /**
   * Renders the table with aligned columns.
   *
   * @return the text, ending with a newline
   */
  public String render() {
    List<List<String>> shown = new ArrayList<>();
    shown.add(safe(header));
    rows.stream().limit(CONSOLE_ROWS).forEach(row -> shown.add(safe(row)));
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      for (List<String> row : shown) {
        widths[i] = Math.max(widths[i], displayWidth(row.get(i)));
      }
    }
    StringBuilder out = new StringBuilder();
    if (!title.isEmpty()) {
      out.append(ConsoleText.cell(title)).append('\n');
    }
    appendRow(out, shown.get(0), widths);
    for (int i = 0; i < widths.length; i++) {
      out.append("  ").append("-".repeat(widths[i]));
    }
    out.append('\n');
    for (List<String> row : shown.subList(1, shown.size())) {
      appendRow(out, row, widths);
    }
    long more = rowCount() - (shown.size() - 1);
    if (more > 0) {
      out.append("  … ").append(more).append(" more ").append(more == 1 ? "row" : "rows")
          .append(detailIn.isEmpty() ? "" : " (all of them in " + detailIn + " with --out)").append('\n');
    }
    return out.toString();
  }

  private static List<String> safe(List<String> cells) {
    List<String> safe = new ArrayList<>(cells.size());
    cells.forEach(cell -> safe.add(ConsoleText.cell(cell)));
    return safe;
  }

  private void appendRow(StringBuilder out, List<String> cells, int[] widths) {
    for (int i = 0; i < widths.length; i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - displayWidth(cell));
      out.append("  ").append(numeric[i] ? pad + cell : cell + pad);
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    out.append('\n');
  }

  /**
   * The width of text on a terminal, where CJK characters take two columns.
   *
   * @param text the text
   * @return the number of terminal columns
   */
  public static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      width += (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1;
    }
    return width;
  }
}
