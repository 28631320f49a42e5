package dev.keyaccount.core;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Argument checks whose messages name the argument and the offending value, in the form
 * {@code "Argument 'price' must not be negative but has value CNY -1.00"}.
 *
 * <p>Shared by every module so that all rejected inputs read the same way. This class is stateless
 * and thread-safe.
 */
public final class Args {

  private Args() {}

  /**
   * Checks that a value is not null.
   *
   * @param <T> the value's type
   * @param value the value
   * @param name the argument name used in the message
   * @return the value
   * @throws NullPointerException naming the argument if the value is null
   */
  public static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, () -> "Argument '" + name + "' must not be null");
  }

  /**
   * Checks that an element of a list or array argument is not null, building the message only if it is.
   *
   * @param <T> the value's type
   * @param value the element
   * @param name the argument name of the list
   * @param index the element's index, printed as {@code name[index]}
   * @return the element
   * @throws NullPointerException naming the element if it is null
   */
  public static <T> T notNull(T value, String name, int index) {
    if (value == null) {
      throw new NullPointerException("Argument '" + name + "[" + index + "]' must not be null");
    }
    return value;
  }

  /**
   * Checks a condition on an argument.
   *
   * @param condition the condition that must hold
   * @param name the argument name
   * @param requirement what must hold, such as {@code "be positive"}
   * @param value the offending value, printed when the condition fails
   * @throws IllegalArgumentException naming the argument, the requirement and the value
   */
  public static void check(boolean condition, String name, String requirement, Object value) {
    if (!condition) {
      throw new IllegalArgumentException(message(name, requirement, value));
    }
  }

  /**
   * Builds the standard message text for a rejected argument.
   *
   * @param name the argument name
   * @param requirement what must hold, such as {@code "be positive"}
   * @param value the offending value
   * @return {@code "Argument 'name' must <requirement> but has value <value>"}
   */
  public static String message(String name, String requirement, Object value) {
    return "Argument '" + name + "' must " + requirement + " but has value " + shown(value);
  }

  /** The most characters a decimal's plain text may take in a message; beyond, it is shown in E notation. */
  static final int MAX_PLAIN_CHARS = 1_000;

  /**
   * A value as a message shows it: its text, but a decimal (or an amount's) whose plain text would be
   * longer than {@link #MAX_PLAIN_CHARS} (such as {@code 1E+2147483647}, whose plain text cannot even be
   * built) in E notation, so that the message of a rejected value never costs more than the value.
   */
  static String shown(Object value) {
    if (value instanceof BigDecimal) {
      BigDecimal number = (BigDecimal) value;
      return plainFits(number) ? number.toPlainString() : number.toString();
    }
    if (value instanceof MonetaryAmount) {
      MonetaryAmount amount = (MonetaryAmount) value;
      BigDecimal number = amount.getNumber().numberValue(BigDecimal.class);
      if (!plainFits(number)) {
        return amount.getCurrency().getCurrencyCode() + " " + number;
      }
    }
    return String.valueOf(value);
  }

  private static boolean plainFits(BigDecimal number) {
    return (long) number.precision() + Math.abs((long) number.scale()) <= MAX_PLAIN_CHARS;
  }

  /**
   * Checks that an int is not negative.
   *
   * @param value the value
   * @param name the argument name
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static int notNegative(int value, String name) {
    if (value < 0) {
      throw invalid(name, "not be negative", value);
    }
    return value;
  }

  /**
   * Checks that a long is not negative.
   *
   * @param value the value
   * @param name the argument name
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static long notNegative(long value, String name) {
    if (value < 0) {
      throw invalid(name, "not be negative", value);
    }
    return value;
  }

  /**
   * Checks that an int is strictly positive.
   *
   * @param value the value
   * @param name the argument name
   * @return the value
   * @throws IllegalArgumentException if the value is zero or negative
   */
  public static int positive(int value, String name) {
    if (value <= 0) {
      throw invalid(name, "be positive", value);
    }
    return value;
  }

  /**
   * The decimal bound: a decimal argument (a rate, a weight, an amount, a quantity) has at most this
   * many digits before its decimal point, at most twice this many after it (trailing zeros aside, so
   * that a quotient to 34 significant digits of a value within the bound stays within it), and at most
   * twice this many significant digits as written. Beyond it, it is rejected before any arithmetic,
   * so that no input can make a calculator round silently, overflow or run for ever
   * ({@code 1E+99999999} or {@code 1E-100000000} as much as a number of a million digits).
   */
  public static final int DECIMAL_DIGITS = 34;

  /**
   * Checks that a decimal is not null and within the decimal bound ({@link #DECIMAL_DIGITS} digits
   * before the point, twice as many after it). The check costs at most a few operations on
   * {@code 2 * DECIMAL_DIGITS} digits, whatever the value.
   *
   * @param value the value
   * @param name the argument name
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is beyond the bound, with the value in a short form
   */
  public static BigDecimal bounded(BigDecimal value, String name) {
    return bounded(value, name, -1);
  }

  /**
   * Checks that an element of a list or array argument is a decimal within the decimal bound, as
   * {@link #bounded(BigDecimal, String)}, building the element's name only if the check fails.
   *
   * @param value the element
   * @param name the argument name of the list
   * @param index the element's index, printed as {@code name[index]}; a negative index prints the name alone
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is beyond the bound, with the value in a short form
   */
  public static BigDecimal bounded(BigDecimal value, String name, int index) {
    if (value == null) {
      throw new NullPointerException("Argument '" + indexed(name, index) + "' must not be null");
    }
    int precision = value.precision();
    if (precision <= DECIMAL_DIGITS && value.scale() >= 0 && value.scale() <= 2 * DECIMAL_DIGITS
        || value.signum() == 0) {
      // Within the bound as written (the common case): no stripping needed.
      return value;
    }
    if (precision > 2 * DECIMAL_DIGITS) {
      throw invalid(indexed(name, index), "have at most " + 2 * DECIMAL_DIGITS
          + " significant digits (the decimal bound)", value.round(new java.math.MathContext(12)) + " (" + precision
          + " digits)");
    }
    BigDecimal stripped = value.stripTrailingZeros();
    long before = (long) stripped.precision() - stripped.scale();
    if (before > DECIMAL_DIGITS || stripped.scale() > 2 * DECIMAL_DIGITS) {
      throw invalid(indexed(name, index), "have at most " + DECIMAL_DIGITS + " digits before the decimal point and "
          + 2 * DECIMAL_DIGITS + " after it (the decimal bound)", value.toString());
    }
    return value;
  }

  private static String indexed(String name, int index) {
    return index < 0 ? name : name + "[" + index + "]";
  }

  /**
   * Parses a decimal written as text and checks it against the decimal bound, rejecting text longer
   * than {@code 4 * DECIMAL_DIGITS} characters before parsing it.
   *
   * @param text the text, such as {@code "0.18"} or {@code "1.5E+3"}
   * @param name the argument name
   * @return the decimal
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is too long, not a decimal number, or beyond the bound
   */
  public static BigDecimal decimal(String text, String name) {
    notNull(text, name);
    String t = text.trim();
    if (t.length() > 4 * DECIMAL_DIGITS) {
      check(false, name, "be at most " + 4 * DECIMAL_DIGITS + " characters (the decimal bound)",
          "'" + t.substring(0, 24) + "…' (" + t.length() + " characters)");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(message(name, "be a decimal number", "'" + text + "'"), e);
    }
    return bounded(value, name);
  }

  /**
   * Checks that a decimal is neither null nor negative.
   *
   * @param value the value
   * @param name the argument name
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is negative
   */
  public static BigDecimal notNegative(BigDecimal value, String name) {
    notNull(value, name);
    if (value.signum() < 0) {
      throw invalid(name, "not be negative", value);
    }
    return value;
  }

  /**
   * Checks that a decimal is neither null nor zero nor negative.
   *
   * @param value the value
   * @param name the argument name
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is zero or negative
   */
  public static BigDecimal positive(BigDecimal value, String name) {
    notNull(value, name);
    if (value.signum() <= 0) {
      throw invalid(name, "be positive", value);
    }
    return value;
  }

  /**
   * Checks that an amount is neither null nor negative.
   *
   * @param <T> the amount type
   * @param amount the amount
   * @param name the argument name
   * @return the amount
   * @throws NullPointerException if the amount is null
   * @throws IllegalArgumentException if the amount is negative
   */
  public static <T extends MonetaryAmount> T notNegative(T amount, String name) {
    notNull(amount, name);
    check(!amount.isNegative(), name, "not be negative", amount);
    return amount;
  }

  /**
   * Checks that an amount is neither null nor zero nor negative.
   *
   * @param <T> the amount type
   * @param amount the amount
   * @param name the argument name
   * @return the amount
   * @throws NullPointerException if the amount is null
   * @throws IllegalArgumentException if the amount is zero or negative
   */
  public static <T extends MonetaryAmount> T positive(T amount, String name) {
    notNull(amount, name);
    check(amount.isPositive(), name, "be positive", amount);
    return amount;
  }

  /**
   * Checks that a collection is neither null nor empty.
   *
   * @param <C> the collection type
   * @param values the collection
   * @param name the argument name
   * @return the collection
   * @throws NullPointerException if the collection is null
   * @throws IllegalArgumentException if the collection is empty
   */
  public static <C extends Collection<?>> C notEmpty(C values, String name) {
    notNull(values, name);
    check(!values.isEmpty(), name, "not be empty", values);
    return values;
  }

  /**
   * Checks that a string is neither null nor blank.
   *
   * @param value the string
   * @param name the argument name
   * @return the string
   * @throws NullPointerException if the string is null
   * @throws IllegalArgumentException if the string is empty or only whitespace
   */
  public static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw invalid(name, "not be blank", "'" + value + "'");
    }
    return value;
  }

  /**
   * Checks that an amount is in the expected currency.
   *
   * @param amount the amount
   * @param expected the currency it must be in
   * @param name the argument name
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming both currencies if they differ
   */
  public static void sameCurrency(MonetaryAmount amount, CurrencyUnit expected, String name) {
    notNull(amount, name);
    notNull(expected, "expected");
    if (!amount.getCurrency().equals(expected)) {
      throw new CurrencyMismatchException(name, expected, amount);
    }
  }

  /**
   * Checks that the items of a list have unique ids; the one unique-id check of the SDK.
   *
   * @param <T> the item type
   * @param items the items, none null
   * @param id the id of an item
   * @param name the list's argument name
   * @throws NullPointerException if the list or an item is null
   * @throws IllegalArgumentException naming the later item, its id and the earlier item with it
   */
  public static <T> void uniqueIds(List<? extends T> items, Function<? super T, String> id, String name) {
    notNull(items, name);
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(notNull(items.get(i), name));
      Integer earlier = first.putIfAbsent(key, i);
      if (earlier != null) {
        throw new IllegalArgumentException(duplicateIdMessage(name, i, key, earlier));
      }
    }
  }

  /**
   * Builds the message for a repeated id, in the form
   * {@code "Argument 'orders[3]' must have a unique id but has value 'O-1' (the id of orders[0])"}.
   *
   * @param name the list's argument name
   * @param position the position of the later item
   * @param id the repeated id
   * @param first the position of the item that has the id first
   * @return the message
   */
  public static String duplicateIdMessage(String name, int position, String id, int first) {
    return message(name + "[" + position + "]", "have a unique id", "'" + id + "' (the id of " + name + "[" + first + "])");
  }

  /**
   * Returns the exception for a rejected argument, for checks whose message is costly to build: the
   * caller builds the value only once the condition has failed, as in
   * {@code if (x > max) throw Args.invalid("x", "be at most " + max, x);}.
   *
   * @param name the argument name
   * @param requirement what must hold
   * @param value the offending value
   * @return the exception, to be thrown by the caller
   */
  public static IllegalArgumentException invalid(String name, String requirement, Object value) {
    return new IllegalArgumentException(message(name, requirement, value));
  }
}
