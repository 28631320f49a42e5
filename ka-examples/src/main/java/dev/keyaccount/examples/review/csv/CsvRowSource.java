package dev.keyaccount.examples.review.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The rows of a CSV file that this project wrote (the ledger's files), read one at a time on request,
 * for a caller that walks two sorted files side by side (deductions and their events). The reader of
 * {@link CsvFiles#read}, with its format, checks and messages, except that a quoted cell may hold whole
 * lines: the writer quoted it, so it is not a quote left open. Not thread-safe; one instance reads one
 * file.
 */
public final class CsvRowSource implements Closeable {

  private final String name;
  private final InputStream in;
  private final CsvReader reader;
  private final List<String> header;

  private CsvRowSource(String name, InputStream in, List<String> required, PrintStream progress) throws IOException {
    this.name = name;
    this.in = in;
    this.reader = new CsvReader(name, in).exact();
    this.header = reader.open(required, progress);
  }

  /**
   * Opens a file and reads its header.
   *
   * @param file the CSV file
   * @param required the columns its header must have
   * @param progress where progress on long files is reported
   * @return the source, positioned before the first data row
   * @throws InputException if the file is a folder, cannot be read, or its header is malformed or lacks a
   *     required column
   */
  public static CsvRowSource open(Path file, List<String> required, PrintStream progress) {
    String name = file.getFileName().toString();
    InputStream in = CsvFiles.open(file);
    try {
      return new CsvRowSource(name, in, required, progress);
    } catch (IOException e) {
      closeQuietly(in);
      throw new InputException(name, "cannot be read: " + e.getMessage());
    } catch (RuntimeException e) {
      closeQuietly(in);
      throw e;
    }
  }

  /**
   * The header's column names, in order.
   *
   * @return the names
   */
  public List<String> header() {
    return header;
  }

  /**
   * The next data row.
   *
   * @return the row, or null after the last
   * @throws InputException if the row is malformed or cannot be read
   */
  public CsvRow next() {
    try {
      return reader.next();
    } catch (IOException e) {
      throw new InputException(name, "cannot be read: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    closeQuietly(in);
  }

  private static void closeQuietly(InputStream stream) {
    try {
      stream.close();
    } catch (IOException ignored) {
      // Read only: nothing is lost.
    }
  }
}
