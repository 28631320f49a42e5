package dev.keyaccount.examples.review.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A console table with aligned columns: text left-aligned, figures right-aligned. Also the source of
 * the HTML tables, so both outputs show the same cells.
 */
public final class TextTable {

  private final String title;
  private final List<String> header;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

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
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
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
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = displayWidth(header.get(i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], displayWidth(row.get(i)));
      }
    }
    StringBuilder out = new StringBuilder();
    if (!title.isEmpty()) {
      out.append(title).append('\n');
    }
    appendRow(out, header, widths);
    for (int i = 0; i < widths.length; i++) {
      out.append("  ").append("-".repeat(widths[i]));
    }
    out.append('\n');
    for (List<String> row : rows) {
      appendRow(out, row, widths);
    }
    return out.toString();
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
