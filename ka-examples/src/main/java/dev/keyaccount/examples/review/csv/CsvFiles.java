package dev.keyaccount.examples.review.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads UTF-8 CSV files with a required header row using Apache Commons CSV, one row at a time (the
 * file is never held whole). Strict: bytes that are not UTF-8, a header without a required column or
 * naming a column twice, a line with the wrong number of cells, a quote left open, a cell longer than
 * {@link #MAX_CELL_CHARS}: each is an {@link InputException} naming the file and the line. A leading
 * byte order mark is accepted. Files over 100,000 lines report progress on the given stream.
 */
public final class CsvFiles {

  /** Lines between two progress messages. */
  public static final int PROGRESS_EVERY = 100_000;

  /** The longest cell accepted, in characters. */
  public static final int MAX_CELL_CHARS = 10_000;

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true)
      .get();

  private static final Pattern START_LINE = Pattern.compile("\\(startline ([0-9,]+)\\)\\s*");

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
    String name = file.getFileName().toString();
    if (Files.isDirectory(file)) {
      throw new InputException(name, "is a folder, not a CSV file");
    }
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
    return read(name, in, required, progress, rows);
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
    long endOfPrevious = 1;
    try (CSVParser parser = CSVParser.builder().setReader(new Utf8Input(name, in)).setFormat(FORMAT).get()) {
      Map<String, Integer> columns = header(name, parser.getHeaderNames(), required);
      long count = 0;
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        endOfPrevious = parser.getCurrentLineNumber();
        if (!records.hasNext()) {
          break;
        }
        CSVRecord record = records.next();
        String[] cells = record.values();
        long line = parser.getCurrentLineNumber() - lineBreaks(cells);
        if (!record.isConsistent()) {
          throw new InputException(name, line, null, null,
              "expected " + columns.size() + " cells but found " + record.size());
        }
        for (int i = 0; i < cells.length; i++) {
          if (cells[i].length() > MAX_CELL_CHARS) {
            throw new InputException(name, line, parser.getHeaderNames().get(i), cells[i],
                "longer than " + MAX_CELL_CHARS + " characters");
          }
        }
        rows.accept(new CsvRow(name, line, columns, cells));
        if (++count % PROGRESS_EVERY == 0) {
          progress.println("  read " + count + " lines of " + name);
        }
      }
      return count;
    } catch (UncheckedIOException e) {
      throw malformed(name, endOfPrevious + 1, e.getCause());
    } catch (IOException e) {
      throw malformed(name, endOfPrevious + 1, e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InputException(name, endOfPrevious + 1, null, null, "malformed CSV: " + e.getMessage());
    }
  }

  /** The column index of a header row; checks it names each column once and every required column. */
  static Map<String, Integer> header(String name, List<String> header, List<String> required) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).trim();
      if (columns.putIfAbsent(column, i) != null) {
        throw new InputException(name, 1, column, null, "the header names this column twice");
      }
    }
    for (String column : required) {
      if (!columns.containsKey(column)) {
        throw new InputException(name, 1, column, null, "missing column; the header must name " + required);
      }
    }
    return columns;
  }

  /** The record's first line is its last line less the line breaks inside quoted cells. */
  private static int lineBreaks(String[] cells) {
    int breaks = 0;
    for (String cell : cells) {
      for (int i = 0; i < cell.length(); i++) {
        if (cell.charAt(i) == '\n') {
          breaks++;
        }
      }
    }
    return breaks;
  }

  private static InputException malformed(String name, long line, Throwable cause) {
    String message = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
    Matcher start = START_LINE.matcher(message);
    if (start.find()) {
      line = Long.parseLong(start.group(1).replace(",", ""));
      message = start.replaceFirst("");
    }
    if (message.startsWith("EOF reached before encapsulated token finished")) {
      message = "a quoted cell is never closed (a \" is missing)";
    }
    return new InputException(name, line, null, null, "malformed CSV: " + message);
  }
}
