package dev.keyaccount.examples.review.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
 * The oracle of {@link CsvReader}: how {@link CsvFiles} read before it, every line through Apache Commons
 * CSV over a strict UTF-8 {@link Utf8Input}, kept unchanged to compare against.
 */
final class CommonsCsvOracle {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true)
      .get();

  private static final Pattern START_LINE = Pattern.compile("\\(startline ([0-9,]+)\\)\\s*");

  private CommonsCsvOracle() {}

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
      Map<String, Integer> columns = CsvFiles.header(name, parser.getHeaderNames(), required);
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
          if (cells[i].length() > CsvFiles.MAX_CELL_CHARS) {
            throw new InputException(name, line, parser.getHeaderNames().get(i), cells[i],
                "longer than " + CsvFiles.MAX_CELL_CHARS + " characters");
          }
        }
        CsvFiles.refuseSwallowedLines(name, parser.getHeaderNames(), cells, line, parser.getCurrentLineNumber());
        rows.accept(new CsvRow(name, line, columns, cells));
        if (++count % CsvFiles.PROGRESS_EVERY == 0) {
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
