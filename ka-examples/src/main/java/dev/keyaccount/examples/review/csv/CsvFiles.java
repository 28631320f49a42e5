package dev.keyaccount.examples.review.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads UTF-8 CSV files with a required header row, with the semantics of Apache Commons CSV's default
 * format (surrounding spaces ignored, empty lines skipped), one row at a time (the file is never held
 * whole; {@link CsvReader} splits plain lines itself and hands the others to Commons CSV). Strict:
 * bytes that are not UTF-8, a header without a required column or naming a column twice, a line with
 * the wrong number of cells, a quote left open, a cell longer than {@link #MAX_CELL_CHARS}, a line longer
 * than a million characters: each is an {@link InputException} naming the file and the line. A leading
 * byte order mark is accepted. Files over 100,000 lines report progress on the given stream.
 */
public final class CsvFiles {

  /** Lines between two progress messages. */
  public static final int PROGRESS_EVERY = 100_000;

  /** The longest cell accepted, in characters. */
  public static final int MAX_CELL_CHARS = 10_000;

  private CsvFiles() {}

  /**
   * Reads a CSV file row by row.
   *
   * @param file the file
   * @param required the columns that must be in the header
   * @param progress where progress on long files is reported
   * @param rows receives each data row, in file order
   * @return the number of data rows
   * @throws InputException if the file is a folder or cannot be read, or is malformed
   */
  public static long read(Path file, List<String> required, PrintStream progress, Consumer<CsvRow> rows) {
    return read(file.getFileName().toString(), open(file), required, progress, rows);
  }

  /**
   * Refuses a path that is there but is no regular file: a folder ("is a folder, not " + {@code kind})
   * or a pipe or a device, which would be read until it ends, which may be never ("is not a regular
   * file (a pipe or a device?)" + {@code where}). A path that is not there passes: the caller names that.
   *
   * @param file the path
   * @param name the file as messages name it
   * @param kind what a folder there is not ({@code a CSV file})
   * @param where what ends the message for a pipe or a device (empty, or the folder the file is in)
   * @throws InputException if the path is a folder, a pipe or a device
   */
  public static void refuseNonFile(Path file, String name, String kind, String where) {
    if (Files.isDirectory(file)) {
      throw new InputException(name, "is a folder, not " + kind);
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new InputException(name, "is not a regular file (a pipe or a device?)" + where);
    }
  }

  /** The file's bytes, or an input error naming why it cannot be read. */
  static InputStream open(Path file) {
    String name = file.getFileName().toString();
    refuseNonFile(file, name, "a CSV file", "");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (AccessDeniedException e) {
      throw new InputException(name, "cannot be read: permission denied");
    } catch (NoSuchFileException e) {
      throw new InputException(name, "cannot be read: no such file (a broken link?)");
    } catch (IOException e) {
      throw new InputException(name, "cannot be read: " + e.getMessage());
    }
    return in;
  }

  /**
   * Reads CSV bytes row by row, and closes them.
   *
   * @param name the file name used in messages
   * @param in the UTF-8 bytes
   * @param required the columns that must be in the header
   * @param progress where progress on long files is reported
   * @param rows receives each data row, in file order
   * @return the number of data rows
   * @throws InputException if the text is malformed or cannot be read
   */
  public static long read(String name, InputStream in, List<String> required, PrintStream progress,
      Consumer<CsvRow> rows) {
    try (in) {
      return new CsvReader(name, in).read(required, progress, rows);
    } catch (IOException e) {
      throw new InputException(name, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Refuses a record whose quoted cell swallowed lines: a quote left open ({@code "PRM-2}) takes the
   * lines after it into the cell, up to a stray quote lines later, and read on, those lines would be
   * lost. Such a cell holds a line break and either as many commas as a record has separators (whole
   * records), or, in the third column or later, after its last line break as many commas as there are
   * cells before it (the start of the next record, up to the stray quote). A quoted cell with line breaks
   * and fewer commas (a note, a name such as {@code "Acme\nFoods, Inc."}, an id such as
   * {@code "D\n3"}) is kept.
   *
   * @param name the file, for messages
   * @param header the header's names
   * @param cells the record's cells
   * @param line the record's first line
   * @param lastLine the record's last line
   * @throws InputException for such a cell, naming the lines it spans
   */
  static void refuseSwallowedLines(String name, List<String> header, String[] cells, long line, long lastLine) {
    if (lastLine == line) {
      return;
    }
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
        continue;
      }
      int commas = 0;
      int commasAfterLastBreak = 0;
      for (int k = 0; k < cell.length(); k++) {
        char c = cell.charAt(k);
        commas += c == ',' ? 1 : 0;
        commasAfterLastBreak = c == '\n' || c == '\r' ? 0 : commasAfterLastBreak + (c == ',' ? 1 : 0);
      }
      // Whole lines taken in: as many commas as a record's separators, or, after the last line break, as
      // many as the cells before this one, two or more (the next record's start, up to a stray quote).
      if (commas >= header.size() - 1 && header.size() > 1 || i >= 2 && commasAfterLastBreak >= i) {
        String shown = cell.strip().replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
        throw new InputException(name, line, i < header.size() ? header.get(i) : null, shown,
            "a quoted cell runs from line " + line + " to line " + lastLine + " and holds whole lines: probably a"
                + " quote left open (a quote inside a cell is written as two, \"\"; a cell with line breaks holds"
                + " fewer commas than a record)");
      }
    }
  }

  /**
   * The header's named columns: unnamed ones after the last named one (a spreadsheet's export often has
   * some) are dropped; an unnamed one between named ones is an input error, in a CSV file as in a workbook.
   *
   * @param name the file's name
   * @param line the header's line (or row)
   * @param cells the header's cells
   * @return the named columns, in order
   */
  static List<String> named(String name, long line, String[] cells) {
    int named = cells.length;
    while (named > 0 && cells[named - 1].isBlank()) {
      named--;
    }
    for (int i = 0; i < named; i++) {
      if (cells[i].isBlank()) {
        throw new InputException(name, line, null, null, "the header's column " + (i + 1)
            + " has no name (only columns after the last named one may be unnamed)");
      }
    }
    return List.of(java.util.Arrays.copyOf(cells, named));
  }

  /** The column index of a header row on line 1; checks it names each column once and every required column. */
  static Map<String, Integer> header(String name, List<String> header, List<String> required) {
    return header(name, 1, header, required);
  }

  /**
   * The column index of a header row; checks it names each column once and every required column, an
   * error naming the header's line (or a workbook's row).
   */
  static Map<String, Integer> header(String name, long line, List<String> header, List<String> required) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).trim();
      if (columns.putIfAbsent(column, i) != null) {
        throw new InputException(name, line, column, null, "the header names this column twice");
      }
    }
    for (String column : required) {
      if (!columns.containsKey(column)) {
        throw new InputException(name, line, column, null, "missing column; the header must name " + required);
      }
    }
    return columns;
  }

}
