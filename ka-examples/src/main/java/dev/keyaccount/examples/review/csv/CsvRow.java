package dev.keyaccount.examples.review.csv;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import javax.money.CurrencyUnit;

/**
 * One data line of a CSV file, with typed accessors that fail with an {@link InputException} naming
 * the file, line, column and value.
 */
public final class CsvRow {

  private final String file;
  private final long line;
  private final Map<String, Integer> columns;
  private final String[] cells;

  /** Compact: the column index is shared by every row of a file; the cells are the parser's array. */
  CsvRow(String file, long line, Map<String, Integer> columns, String[] cells) {
    this.file = file;
    this.line = line;
    this.columns = columns;
    this.cells = cells;
  }

  private String cell(String column) {
    Integer index = columns.get(column);
    return index == null || index >= cells.length ? null : cells[index];
  }

  /**
   * The file this row comes from.
   *
   * @return the file name
   */
  public String file() {
    return file;
  }

  /**
   * The row's 1-based line number in its file (the header is line 1); for a row whose quoted cells
   * span lines, its first line.
   *
   * @return the line number
   */
  public long line() {
    return line;
  }

  /**
   * A text cell, trimmed.
   *
   * @param column the column
   * @return the text, never blank
   * @throws InputException if the cell is empty
   */
  public String text(String column) {
    String value = cell(column);
    if (value == null || value.isBlank()) {
      throw error(column, value == null ? "" : value, "a value is required");
    }
    return value.trim();
  }

  /**
   * An optional text cell, trimmed.
   *
   * @param column the column
   * @return the text, or the empty string
   */
  public String optionalText(String column) {
    String value = cell(column);
    return value == null ? "" : value.trim();
  }

  /**
   * A plain decimal cell such as {@code 1234.50}.
   *
   * @param column the column
   * @return the decimal
   * @throws InputException if the cell is not a plain decimal
   */
  public BigDecimal decimal(String column) {
    String value = text(column);
    if (!value.matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
      throw error(column, value, "expected a plain decimal such as 1234.50");
    }
    return new BigDecimal(value);
  }

  /**
   * A whole number cell.
   *
   * @param column the column
   * @return the number
   * @throws InputException if the cell is not a whole number
   */
  public int integer(String column) {
    String value = text(column);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw error(column, value, "expected a whole number");
    }
  }

  /**
   * An ISO date cell {@code yyyy-MM-dd}.
   *
   * @param column the column
   * @return the date
   * @throws InputException if the cell is not an ISO date
   */
  public LocalDate date(String column) {
    String value = text(column);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw error(column, value, "expected an ISO date yyyy-MM-dd");
    }
  }

  /**
   * A rate cell: {@code 18%} or the fraction {@code 0.18}; a bare number above 1 is ambiguous.
   *
   * @param column the column
   * @return the rate
   * @throws InputException if the cell is not a rate or is ambiguous
   */
  public Rate rate(String column) {
    String value = text(column);
    try {
      return Rate.parse(value);
    } catch (IllegalArgumentException e) {
      throw error(column, value, "expected a rate such as 18% or 0.18 (a bare number above 1 is ambiguous)");
    }
  }

  /**
   * An ISO 4217 currency code cell.
   *
   * @param column the column
   * @return the currency
   * @throws InputException if the code is not a known currency
   */
  public CurrencyUnit currency(String column) {
    String value = text(column);
    try {
      return Currencies.of(value);
    } catch (IllegalArgumentException e) {
      throw error(column, value, "expected an ISO 4217 currency code such as CNY");
    }
  }

  /**
   * An enum cell, matched by constant name ignoring case.
   *
   * @param <E> the enum type
   * @param column the column
   * @param type the enum class
   * @return the constant
   * @throws InputException if the value names no constant
   */
  public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
    String value = text(column);
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder allowed = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name());
      }
      throw error(column, value, "expected one of " + allowed);
    }
  }

  /**
   * Builds an input error for a cell of this row.
   *
   * @param column the column
   * @param value the offending value
   * @param problem what is wrong
   * @return the exception, to throw
   */
  public InputException error(String column, String value, String problem) {
    return new InputException(file, line, column, value, problem);
  }
}
