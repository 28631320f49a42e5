package dev.keyaccount.examples.review.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The review as a workbook ({@code review.xlsx}, written with fastexcel): one sheet per section, each
 * with the section's tables (a bold title row, a bold header row, the rows the page shows, and a line
 * saying how many more rows are in which CSV file) and its notes.
 *
 * <p>Figures are numeric cells: in a column the table marks as numeric, an amount printed as
 * {@code CNY 1,234.50} becomes the number 1234.50 formatted {@code "CNY "#,##0.00}, a percentage
 * {@code 22.5%} the number 0.225 formatted {@code 0.0%}, a plain or grouped number its value with as
 * many decimals as printed; anything else ({@code -}, {@code YES}) stays text. Every other cell is a
 * text cell, never a formula, so a cell such as {@code =1+1} from the input is shown as typed, and no
 * CSV-injection prefix is needed. Text is made safe by {@link ConsoleText#safe} first (XML cannot hold
 * control characters). Sheet names are the section headings cut to Excel's 31 characters, without the
 * characters Excel forbids, made unique. Not thread-safe: filled by the review, then written once.
 */
public final class XlsxReport {

  /** Excel's longest sheet name. */
  public static final int MAX_SHEET_NAME = 31;

  /** Excel's longest cell text. */
  public static final int MAX_CELL_TEXT = 32_767;

  private static final String NUMBER = "[+-]?[0-9][0-9,]*(?:\\.([0-9]+))?";
  private static final Pattern AMOUNT = Pattern.compile("([A-Z]{3}) (" + NUMBER + ")");
  private static final Pattern PERCENT = Pattern.compile("(" + NUMBER + ")%");
  private static final Pattern PLAIN = Pattern.compile(NUMBER);

  private record Sheet(String name, List<Object> parts) {}

  private final List<Sheet> sheets = new ArrayList<>();
  private final Set<String> names = new HashSet<>();

  /**
   * Starts a sheet; the tables and notes that follow go on it.
   *
   * @param heading the section heading, from which the sheet is named
   * @return this workbook
   */
  public XlsxReport sheet(String heading) {
    String base = sheetName(heading, sheets.size() + 1);
    String name = base;
    for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }
    sheets.add(new Sheet(name, new ArrayList<>()));
    return this;
  }

  /**
   * Adds a table to the current sheet.
   *
   * @param table the table
   * @return this workbook
   * @throws IllegalStateException before the first {@link #sheet}
   */
  public XlsxReport table(TextTable table) {
    current().parts().add(table);
    return this;
  }

  /**
   * Adds a note to the current sheet.
   *
   * @param note the text
   * @return this workbook
   * @throws IllegalStateException before the first {@link #sheet}
   */
  public XlsxReport note(String note) {
    current().parts().add(note);
    return this;
  }

  /**
   * The sheet names, in order.
   *
   * @return the names
   */
  public List<String> sheetNames() {
    return sheets.stream().map(Sheet::name).toList();
  }

  /**
   * Writes the workbook.
   *
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void writeTo(OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "ka-review", "1.0");
    for (Sheet sheet : sheets) {
      Worksheet ws = workbook.newWorksheet(sheet.name());
      int row = 0;
      for (Object part : sheet.parts()) {
        if (part instanceof TextTable) {
          row = table(ws, row, (TextTable) part) + 1;
        } else {
          text(ws, row++, 0, String.valueOf(part));
        }
      }
      if (row == 0) {
        text(ws, 0, 0, "(nothing in this section)");
      }
    }
    if (sheets.isEmpty()) {
      text(workbook.newWorksheet("Review"), 0, 0, "(no section)");
    }
    workbook.finish();
  }

  private Sheet current() {
    if (sheets.isEmpty()) {
      throw new IllegalStateException("Start a sheet before adding tables or notes");
    }
    return sheets.get(sheets.size() - 1);
  }

  private static int table(Worksheet ws, int row, TextTable table) {
    if (!table.title().isEmpty()) {
      text(ws, row, 0, table.title());
      ws.style(row, 0).bold().set();
      row++;
    }
    for (int c = 0; c < table.header().size(); c++) {
      text(ws, row, c, table.header().get(c));
      ws.style(row, c).bold().set();
    }
    row++;
    for (List<String> cells : table.rows()) {
      for (int c = 0; c < cells.size(); c++) {
        if (table.isNumeric(c)) {
          figure(ws, row, c, cells.get(c));
        } else {
          text(ws, row, c, cells.get(c));
        }
      }
      row++;
    }
    long more = table.rowCount() - table.rows().size();
    if (more > 0) {
      text(ws, row++, 0, more + " more " + (more == 1 ? "row" : "rows")
          + (table.detailIn().isEmpty() ? "" : " in " + table.detailIn()));
    }
    return row;
  }

  /** A figure as a numeric cell with the format it was printed in, or as text when it is not a number. */
  static void figure(Worksheet ws, int row, int column, String cell) {
    String value = cell.trim();
    Matcher amount = AMOUNT.matcher(value);
    Matcher percent = PERCENT.matcher(value);
    if (amount.matches()) {
      ws.value(row, column, number(amount.group(2)));
      ws.style(row, column).format("\"" + amount.group(1) + " \"" + pattern(amount.group(3))).set();
    } else if (percent.matches()) {
      ws.value(row, column, number(percent.group(1)).movePointLeft(2));
      ws.style(row, column).format(pattern(percent.group(2)).replace("#,##", "") + "%").set();
    } else if (PLAIN.matcher(value).matches()) {
      Matcher plain = PLAIN.matcher(value);
      plain.matches();
      ws.value(row, column, number(value));
      ws.style(row, column).format(pattern(plain.group(1))).set();
    } else {
      text(ws, row, column, cell);
    }
  }

  private static BigDecimal number(String printed) {
    return new BigDecimal(printed.replace(",", "").replace("+", ""));
  }

  private static String pattern(String decimals) {
    return decimals == null ? "#,##0" : "#,##0." + "0".repeat(decimals.length());
  }

  /** A text cell: never a formula, whatever it starts with. */
  private static void text(Worksheet ws, int row, int column, String text) {
    String safe = ConsoleText.safe(text);
    ws.value(row, column, safe.length() <= MAX_CELL_TEXT ? safe : safe.substring(0, MAX_CELL_TEXT - 1) + "…");
  }

  /** A heading as a sheet name: no {@code []:*?/\}, at most 31 characters, never blank. */
  static String sheetName(String heading, int number) {
    String name = ConsoleText.safe(heading).replaceAll("[\\[\\]:*?/\\\\']", " ").replaceAll("\\s+", " ").trim();
    if (name.length() > MAX_SHEET_NAME) {
      name = name.substring(0, MAX_SHEET_NAME).trim();
    }
    return name.isEmpty() ? "Sheet " + number : name;
  }
}
