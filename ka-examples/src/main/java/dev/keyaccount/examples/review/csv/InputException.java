package dev.keyaccount.examples.review.csv;

/**
 * Input the review cannot read: a missing column, an unknown enum value, a bad number or date, bytes
 * that are not UTF-8, a folder where a file should be, a file that cannot be read. The message names
 * the file and, where there is one, the line, the column and the value (cut to
 * {@link #MAX_VALUE_CHARS} characters). The review stops with exit status 2 on it.
 */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The longest value quoted in a message, in characters. */
  public static final int MAX_VALUE_CHARS = 100;

  /**
   * Creates the exception for a line of a file.
   *
   * @param file the file name
   * @param line the 1-based line number (the header is line 1), or 0 when the problem is in no one line
   *     (then no line is named)
   * @param column the column name, or null when the problem is not in one cell
   * @param value the offending value, or null
   * @param problem what is wrong
   */
  public InputException(String file, long line, String column, String value, String problem) {
    super(file + (line > 0 ? " line " + line : "") + (column != null ? ", column '" + column + "'" : "")
        + (value != null ? ", value '" + shorten(value) + "'" : "") + ": " + problem);
  }

  /**
   * Creates the exception for a whole file or folder.
   *
   * @param file the file or folder, as the user named it
   * @param problem what is wrong
   */
  public InputException(String file, String problem) {
    super(file + ": " + problem);
  }

  private InputException(String message, InputException cause) {
    super(message, cause);
  }

  /**
   * The same problem, named within the folder it was found in (a file of the ledger folder, whose names
   * are also those of input files).
   *
   * @param folder the folder, as the message should name it
   * @return the exception, its message starting with the folder
   */
  public InputException within(String folder) {
    return new InputException(folder + ": " + getMessage(), this);
  }

  private static String shorten(String value) {
    return value.length() <= MAX_VALUE_CHARS ? value
        : value.substring(0, MAX_VALUE_CHARS) + "… (" + value.length() + " characters)";
  }
}
