package dev.keyaccount.examples.review.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an {@code .xlsx} workbook (with fastexcel-reader, row by row) as the same
 * rows {@link CsvFiles} gives for a CSV file: the first non-empty row is the header, each further
 * non-empty row a {@link CsvRow} whose line is the sheet's row number, so that every cell goes
 * through the same checks and an error names the file, the row and the column.
 *
 * <p>A cell becomes the text a CSV file would hold: a text cell its text; a number its value, rounded
 * to the 15 significant digits Excel shows, in plain notation ({@code 0.18}, {@code 600000}); a number
 * formatted as a date its ISO date {@code yyyy-MM-dd}, or its month {@code yyyy-MM} when the format
 * shows no day (Excel turns a typed {@code 2026-04} into such a date); a boolean {@code TRUE} or {@code FALSE}; a
 * formula the value Excel saved with it (a formula without a saved value is an
 * {@link InputException}: the review does not compute formulas); an error value ({@code #DIV/0!}) is
 * an {@link InputException}. A row with a cell right of the header's last column, a header cell that
 * is not text, or a cell longer than {@link CsvFiles#MAX_CELL_CHARS}: each is an {@link InputException}.
 */
public final class XlsxFiles {

  /** With cell formats (dates); a cell whose value does not parse as its type is an error cell, so its row is named. */
  private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private XlsxFiles() {}

  /**
   * Reads the first sheet of a workbook file row by row.
   *
   * @param file the {@code .xlsx} file
   * @param required the columns that must be in the header
   * @param progress where progress on long sheets is reported
   * @param rows receives each data row, in sheet order
   * @return the number of data rows
   * @throws InputException if the file is a folder, cannot be read, is not a workbook, or is malformed
   */
  public static long read(Path file, List<String> required, PrintStream progress, Consumer<CsvRow> rows) {
    String name = file.getFileName().toString();
    CsvFiles.refuseNonFile(file, name, "an .xlsx workbook", "");
    if (!Files.isReadable(file)) {
      throw new InputException(name, Files.exists(file) ? "cannot be read: permission denied"
          : "cannot be read: no such file (a broken link?)");
    }
    refuseExpansion(name, file);
    // From the file, not a stream: the reader then seeks in the zip instead of copying it into memory.
    try (ReadableWorkbook workbook = opened(name, () -> new ReadableWorkbook(file.toFile(), OPTIONS))) {
      return read(name, workbook, required, progress, rows);
    } catch (IOException | UncheckedIOException e) {
      throw notAWorkbook(name, e);
    }
  }

  /**
   * The most times a part of a workbook may expand from its compressed bytes, beyond
   * {@link #EXPANSION_FLOOR} bytes: a sheet compresses some ten times; a part that expands more than
   * this is a cell of a billion repeated characters (a zip bomb), which would run the heap out before the
   * cell's length could be checked.
   */
  static final int MAX_EXPANSION = 100;
  /** Below this many bytes expanded, a part is never refused for its ratio. */
  static final long EXPANSION_FLOOR = 100L * 1024 * 1024;

  /** Refuses a workbook a part of which says it expands more than {@link #MAX_EXPANSION} times, before it is read. */
  private static void refuseExpansion(String name, Path file) {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      java.util.Enumeration<? extends java.util.zip.ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        java.util.zip.ZipEntry entry = entries.nextElement();
        long size = entry.getSize();
        long packed = entry.getCompressedSize();
        if (size > EXPANSION_FLOOR && packed >= 0 && size > MAX_EXPANSION * Math.max(1, packed)) {
          throw new InputException(name, "its part " + entry.getName() + " expands from " + packed + " to " + size
              + " bytes, more than " + MAX_EXPANSION + " times (a zip bomb, or a cell of the same character"
              + " repeated); cells hold at most " + CsvFiles.MAX_CELL_CHARS + " characters");
        }
      }
    } catch (IOException e) {
      // Not a zip: the workbook reader says so, in its own words.
    }
  }

  /** Opens a workbook. */
  private interface Opener {
    ReadableWorkbook open() throws IOException;
  }

  /**
   * The workbook opened, or an input error: the reader throws its own unchecked exceptions for a damaged
   * workbook (a missing part, a character XML forbids), which are the file's fault, not the review's.
   */
  private static ReadableWorkbook opened(String name, Opener opener) throws IOException {
    try {
      return opener.open();
    } catch (RuntimeException e) {
      throw notAWorkbook(name, e);
    }
  }

  /**
   * Reads the first sheet of a workbook row by row; does not close the bytes.
   *
   * @param name the file name used in messages
   * @param in the workbook's bytes
   * @param required the columns that must be in the header
   * @param progress where progress on long sheets is reported
   * @param rows receives each data row, in sheet order
   * @return the number of data rows
   * @throws InputException if the bytes are not a workbook or the sheet is malformed
   */
  public static long read(String name, InputStream in, List<String> required, PrintStream progress,
      Consumer<CsvRow> rows) {
    try (ReadableWorkbook workbook = opened(name, () -> new ReadableWorkbook(in, OPTIONS))) {
      return read(name, workbook, required, progress, rows);
    } catch (IOException | UncheckedIOException e) {
      throw notAWorkbook(name, e);
    }
  }

  private static InputException notAWorkbook(String name, Exception e) {
    return new InputException(name, "is not a readable .xlsx workbook: " + e.getMessage());
  }

  private static long read(String name, ReadableWorkbook workbook, List<String> required, PrintStream progress,
      Consumer<CsvRow> rows) {
    try (Stream<Row> sheet = firstSheet(name, workbook)) {
      Iterator<Row> it = sheet.iterator();
      Map<String, Integer> columns = null;
      List<String> header = null;
      int width = 0;
      long count = 0;
      int lastRow = 0;
      while (true) {
        Row row;
        try {
          if (!it.hasNext()) {
            break;
          }
          row = it.next();
        } catch (RuntimeException e) {
          // A row the reader cannot decode (a character XML forbids; a cell whose value does not parse is an
          // error cell instead), after the last one read (the sheet may skip empty rows, so which one is not known).
          throw new InputException(name, "a cell in a row after row " + lastRow + " cannot be read: "
              + e.getMessage());
        }
        lastRow = row.getRowNum();
        String[] cells = cells(name, row, header, width);
        if (cells == null) {
          continue;
        }
        if (columns == null) {
          // As in a CSV file: unnamed columns after the named ones are ignored, one between them is an error.
          width = cells.length;
          header = CsvFiles.named(name, row.getRowNum(), cells);
          columns = CsvFiles.header(name, row.getRowNum(), header, required);
          continue;
        }
        rows.accept(new CsvRow(name, row.getRowNum(), columns, cells));
        if (++count % CsvFiles.PROGRESS_EVERY == 0) {
          progress.println("  read " + count + " rows of " + name);
        }
      }
      if (columns == null) {
        throw new InputException(name, 1, null, null, "the first sheet is empty; it needs a header row naming "
            + required);
      }
      return count;
    } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException
        | java.util.NoSuchElementException e) {
      throw notAWorkbook(name, e);
    }
  }

  /** The first sheet's rows, or an input error when the reader cannot open them (a damaged part). */
  private static Stream<Row> firstSheet(String name, ReadableWorkbook workbook) throws IOException {
    try {
      return workbook.getFirstSheet().openStream();
    } catch (RuntimeException e) {
      throw notAWorkbook(name, e);
    }
  }

  /**
   * The row's cells as CSV text, {@code headerWidth} of them once there is a header (its named columns and
   * the unnamed ones after them); null for an empty row.
   */
  private static String[] cells(String file, Row row, List<String> header, int headerWidth) {
    int width = header == null ? row.getCellCount() : headerWidth;
    List<String> out = new ArrayList<>();
    boolean any = false;
    for (int i = 0; i < row.getCellCount(); i++) {
      Cell cell = row.getCell(i);
      String column = header == null ? null : i < header.size() ? header.get(i)
          : i < width ? "(unnamed)" : "(right of the header)";
      String text = cell == null ? "" : text(file, row.getRowNum(), column, cell);
      if (!text.isBlank()) {
        any = true;
        if (i >= width) {
          throw new InputException(file, row.getRowNum(), null, text, "a cell in column " + columnLetters(i)
              + ", right of the header's last column " + columnLetters(width - 1));
        }
      }
      if (text.length() > CsvFiles.MAX_CELL_CHARS) {
        throw new InputException(file, row.getRowNum(), column, text, "longer than " + CsvFiles.MAX_CELL_CHARS
            + " characters");
      }
      if (header == null && cell != null && cell.getType() != CellType.STRING && cell.getType() != CellType.EMPTY) {
        throw new InputException(file, row.getRowNum(), null, text, "the header row must hold column names as text");
      }
      if (i < width) {
        out.add(text);
      }
    }
    if (!any) {
      return null;
    }
    while (out.size() < width) {
      out.add("");
    }
    return out.toArray(new String[0]);
  }

  /** The text a CSV file would hold for a cell. */
  static String text(String file, long row, String column, Cell cell) {
    CellType type = cell.getType();
    String raw = cell.getRawValue();
    switch (type) {
      case EMPTY:
        return "";
      case STRING:
        return raw == null ? "" : raw;
      case BOOLEAN:
        return Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
      case ERROR:
        throw new InputException(file, row, column, raw, raw != null && raw.startsWith("#")
            ? "the cell holds an error value; enter the value itself"
            : "the cell's value does not read as the kind of cell it is saved as (a number cell holding text?);"
                + " enter the value again");
      case FORMULA:
        if (raw == null || raw.isEmpty()) {
          throw new InputException(file, row, column, "=" + cell.getFormula(), "a formula without a saved value (the"
              + " review does not compute formulas); open and save the workbook in Excel, or enter the value");
        }
        return isNumber(raw) ? number(cell, raw) : raw;
      case NUMBER:
        return number(cell, raw);
      default:
        throw new InputException(file, row, column, raw, "a cell of an unknown kind");
    }
  }

  private static boolean isNumber(String raw) {
    return raw.matches("[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  }

  private static String number(Cell cell, String raw) {
    if (isDate(cell)) {
      try {
        LocalDateTime date = cell.asDate();
        return isMonth(cell) ? YearMonth.from(date).toString() : date.toLocalDate().toString();
      } catch (DateTimeException | ArithmeticException beyondTheCalendar) {
        // A serial far beyond any date (1E10 days) formatted as a date: the number as written, which the
        // column's reader then reports as it reports a CSV cell of that text.
      }
    }
    BigDecimal value = new BigDecimal(raw).round(EXCEL_DIGITS).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
  }

  /** A number is a date when its format is one of Excel's date formats or draws days, months or years. */
  private static boolean isDate(Cell cell) {
    Integer id = cell.getDataFormatId();
    if (id != null && (id >= 14 && id <= 17 || id == 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58)) {
      return true;
    }
    String drawn = drawn(cell);
    return drawn != null && drawn.matches(".*[ymd].*") && !drawn.equals("general");
  }

  /** A date shown without its day ({@code mmm-yy}, {@code yyyy-mm}) stands for its month, as Excel types {@code 2026-04}. */
  private static boolean isMonth(Cell cell) {
    String drawn = drawn(cell);
    if (drawn == null) {
      return Integer.valueOf(17).equals(cell.getDataFormatId());
    }
    return drawn.contains("y") && !drawn.contains("d");
  }

  private static String drawn(Cell cell) {
    String format = cell.getDataFormatString();
    return format == null ? null : format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "");
  }

  /** A column's letters, such as {@code A} or {@code AB}, from its 0-based index. */
  static String columnLetters(int index) {
    StringBuilder letters = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      letters.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return letters.toString();
  }
}
