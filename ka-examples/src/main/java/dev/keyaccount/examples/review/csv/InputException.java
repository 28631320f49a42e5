package dev.keyaccount.examples.review.csv;

/**
 * A malformed input file: a missing column, an unknown enum value, a bad number or date. The message
 * names the file, the line, the column and the value. The review stops with exit status 2 on it.
 */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param file the file name
   * @param line the 1-based line number (the header is line 1)
   * @param column the column name, or null when the problem is not in one cell
   * @param value the offending value, or null
   * @param problem what is wrong
   */
  public InputException(String file, long line, String column, String value, String problem) {
    super(file + " line " + line + (column != null ? ", column '" + column + "'" : "")
        + (value != null ? ", value '" + value + "'" : "") + ": " + problem);
  }
}
