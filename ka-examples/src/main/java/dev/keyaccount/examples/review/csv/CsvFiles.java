package dev.keyaccount.examples.review.csv;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads UTF-8 CSV files with a required header row using Apache Commons CSV. Every required column
 * must be present; a malformed line is an {@link InputException} naming the file, line and column.
 * Files over 100,000 lines report progress on the given stream.
 */
public final class CsvFiles {

  /** Lines between two progress messages. */
  public static final int PROGRESS_EVERY = 100_000;

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true)
      .setTrim(true)
      .get();

  private CsvFiles() {}

  /**
   * Reads a CSV file.
   *
   * @param file the file
   * @param required the columns that must be in the header
   * @param progress where progress on long files is reported
   * @return the data rows, in file order
   * @throws InputException if the header lacks a column or a line is malformed
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<CsvRow> read(Path file, List<String> required, PrintStream progress) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.getFileName().toString(), reader, required, progress);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /**
   * Reads CSV text.
   *
   * @param name the file name used in messages
   * @param reader the UTF-8 text
   * @param required the columns that must be in the header
   * @param progress where progress on long files is reported
   * @return the data rows, in file order
   * @throws InputException if the header lacks a column or a line is malformed
   * @throws UncheckedIOException if the text cannot be read
   */
  public static List<CsvRow> read(String name, Reader reader, List<String> required, PrintStream progress) {
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      List<String> header = parser.getHeaderNames();
      for (String column : required) {
        if (!header.contains(column)) {
          throw new InputException(name, 1, column, null, "missing column; the header must name " + required);
        }
      }
      List<CsvRow> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (!record.isConsistent()) {
          throw new InputException(name, line, null, null,
              "expected " + header.size() + " cells but found " + record.size());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (String column : header) {
          cells.put(column, record.get(column));
        }
        rows.add(new CsvRow(name, line, cells));
        if (rows.size() % PROGRESS_EVERY == 0) {
          progress.println("  read " + rows.size() + " lines of " + name);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    } catch (IllegalStateException | UncheckedIOException e) {
      throw new InputException(name, 0, null, null, "malformed CSV: " + e.getMessage());
    }
  }
}
