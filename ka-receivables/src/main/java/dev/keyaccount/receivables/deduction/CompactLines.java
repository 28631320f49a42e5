package dev.keyaccount.receivables.deduction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Optional;
import java.util.RandomAccess;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The columns {@link CompactDeductions} and {@link CompactAuthorizations} share: per line its id,
 * account, reference, date (epoch day) and amount (minor units, with the scale it was written with, so
 * that the value rebuilt is equal to the one added, down to its text), and the index of its currency.
 * A line whose amount or date does not fit these columns (digits below its currency's minor unit, an
 * amount beyond {@link DeductionMatcher#MAX_MINOR_UNITS}, a date outside the matcher's dates, a currency
 * without minor units, more than {@link #MAX_CURRENCIES} currencies) is kept whole as the value it was:
 * an irregular line, rare in real files. Immutable once built.
 *
 * @param <T> the line's type
 */
abstract class CompactLines<T> extends AbstractList<T> implements RandomAccess {

  /** The most currencies whose lines are held as columns; lines in further currencies are kept whole. */
  static final int MAX_CURRENCIES = 64;
  private static final int IRREGULAR = Byte.MIN_VALUE;
  /** Not an amount the columns hold: beyond {@link DeductionMatcher#MAX_MINOR_UNITS} in either sign. */
  static final long NOT_REGULAR = Long.MIN_VALUE;
  private static final long MIN_DAY = DeductionMatcher.MIN_DATE.toEpochDay();
  private static final long MAX_DAY = DeductionMatcher.MAX_DATE.toEpochDay();
  /** The digits of {@link DeductionMatcher#MAX_MINOR_UNITS}: an amount of more digits in minor units is beyond it. */
  private static final int MAX_DIGITS = Long.toString(DeductionMatcher.MAX_MINOR_UNITS).length();
  /** 10^0 to 10^18. */
  private static final long[] POWERS = new long[19];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  final int size;
  final String[] id;
  final String[] accountId;
  /** The reference as written, or null. */
  final String[] reference;
  /** Regular lines only: the epoch day. */
  final int[] date;
  /** Regular lines only: the amount in minor units of its currency. */
  final long[] minorUnits;
  /** The scale the amount was written with (negative for a power of ten), or {@link #IRREGULAR}. */
  private final byte[] scale;
  /** Regular lines only: the index of the currency in {@link #currencies}. */
  private final byte[] currency;
  private final CurrencyUnit[] currencies;
  /** The irregular lines' positions, ascending, and their values. */
  private final int[] irregularRows;
  private final Object[] irregularValues;
  /**
   * The values the lines were read from, when the matcher copied a caller's collection for one run, or
   * null: {@link #get} returns them, so that a message quotes the caller's value as it was given.
   */
  private final Object[] originals;

  CompactLines(Growing<T> g, Object[] originals) {
    this.originals = originals;
    size = g.size;
    id = Arrays.copyOf(g.id, size);
    accountId = Arrays.copyOf(g.accountId, size);
    reference = Arrays.copyOf(g.reference, size);
    date = Arrays.copyOf(g.date, size);
    minorUnits = Arrays.copyOf(g.minorUnits, size);
    scale = Arrays.copyOf(g.scale, size);
    currency = Arrays.copyOf(g.currency, size);
    currencies = Arrays.copyOf(g.currencies, g.currencyCount);
    irregularRows = Arrays.copyOf(g.irregularRows, g.irregularCount);
    irregularValues = Arrays.copyOf(g.irregularValues, g.irregularCount);
  }

  @Override
  public final int size() {
    return size;
  }

  @Override
  public final T get(int index) {
    java.util.Objects.checkIndex(index, size);
    if (originals != null) {
      @SuppressWarnings("unchecked")
      T original = (T) originals[index];
      return original;
    }
    if (scale[index] == IRREGULAR) {
      return irregular(index);
    }
    return build(index, Money.of(BigDecimal.valueOf(minorUnits[index] / POWERS[digits(index) - scale[index]],
        scale[index]), currencies[currency[index]]), LocalDate.ofEpochDay(date[index]));
  }

  /** Builds the value of a regular line from its columns, its amount and its date. */
  abstract T build(int row, Money amount, LocalDate day);

  /**
   * Reads the texts of lines {@code [from, to)} (id, account and reference) and returns a sum of what it
   * read: a loader calls it for a few lines ahead of the one it checks, so that the cache misses of
   * reading a million strings overlap instead of coming one after the other. Changes nothing.
   */
  final int readAhead(int from, int to) {
    int seen = 0;
    for (int row = from; row < to; row++) {
      seen += readAheadLength(id[row]) + readAheadLength(accountId[row]) + readAheadLength(reference[row]);
    }
    return seen;
  }

  /** A text's length, 0 for none: part of {@link #readAhead} (and, by its name, left out by PIT as it is). */
  private static int readAheadLength(String text) {
    return text == null ? 0 : text.length();
  }

  /** Whether the line's amount and date are in the columns (else {@link #get} returns the value kept). */
  final boolean regular(int row) {
    return scale[row] != IRREGULAR;
  }

  /** A regular line's currency. */
  final CurrencyUnit currency(int row) {
    return currencies[currency[row]];
  }

  @SuppressWarnings("unchecked")
  private T irregular(int row) {
    return (T) irregularValues[Arrays.binarySearch(irregularRows, row)];
  }

  private int digits(int row) {
    return currencies[currency[row]].getDefaultFractionDigits();
  }

  /**
   * The columns as they grow: one line at a time, each split into its fields at once, so that the
   * values added need not be kept. Not thread-safe.
   *
   * @param <T> the line's type
   */
  abstract static class Growing<T> {
    int size;
    String[] id = new String[16];
    String[] accountId = new String[16];
    String[] reference = new String[16];
    int[] date = new int[16];
    long[] minorUnits = new long[16];
    byte[] scale = new byte[16];
    byte[] currency = new byte[16];
    CurrencyUnit[] currencies = new CurrencyUnit[4];
    int currencyCount;
    int[] irregularRows = new int[4];
    Object[] irregularValues = new Object[4];
    int irregularCount;
    private boolean built;

    /**
     * Adds a line's shared fields; returns its row, for the caller's own column. A null value is kept
     * as an irregular line (for the matcher's own conversion of a collection, which reports it).
     */
    final int add(T value, String lineId, String account, Optional<String> lineReference, MonetaryAmount amount,
        LocalDate day) {
      if (built) {
        throw new IllegalStateException("this builder has built its list already");
      }
      if (size == id.length) {
        grow(size * 2);
      }
      int row = size++;
      if (value == null) {
        irregular(row, null);
        return row;
      }
      id[row] = lineId;
      accountId[row] = account;
      reference[row] = lineReference.orElse(null);
      long epochDay = day.toEpochDay();
      int c = epochDay < MIN_DAY || epochDay > MAX_DAY ? -1 : currencyIndex(amount.getCurrency());
      long minor = NOT_REGULAR;
      int lineScale = 0;
      if (c >= 0) {
        Money money = (Money) amount;
        int digits = currencies[c].getDefaultFractionDigits();
        minor = shortMinorUnits(money, digits);
        if (minor != NOT_REGULAR) {
          lineScale = keptScale(money, minor, digits);
        } else {
          // Moneta's number as a BigDecimal without trailing zeros: the scale Money keeps.
          BigDecimal number = money.getNumber().numberValue(BigDecimal.class);
          minor = minorUnits(number, digits);
          lineScale = number.scale();
        }
      }
      if (minor == NOT_REGULAR) {
        irregular(row, value);
        return row;
      }
      date[row] = (int) epochDay;
      minorUnits[row] = minor;
      scale[row] = (byte) lineScale;
      currency[row] = (byte) c;
      return row;
    }

    /**
     * The minor units of an amount of at most 15 significant digits and no more decimals than the
     * currency's minor unit (up to four), from its {@code double}, without converting its number to a
     * new {@code BigDecimal} (a million lines of a collection went through Moneta's conversion, which
     * strips zeros into a new value each); {@link #NOT_REGULAR} for any other amount and for one beyond
     * {@link DeductionMatcher#MAX_MINOR_UNITS}, which the caller converts (and keeps whole). Exact: the
     * {@code double} of an unscaled value below 10^15 over a power of ten up to 10^4, times that power, is
     * within 0.25 of the unscaled value, so rounding gives it back, and the minor units stay below 10^18,
     * within a {@code long}. {@code CompactLinesTest} holds it to the conversion around the bounds.
     */
    static long shortMinorUnits(Money money, int digits) {
      int scale = money.getScale();
      int precision = money.getPrecision();
      if (scale < 0 || scale > digits || digits > 4 || precision > 15 || precision - scale + digits > 18) {
        return NOT_REGULAR;
      }
      long minor = Math.round(money.getNumber().doubleValue() * POWERS[scale]) * POWERS[digits - scale];
      return Math.abs(minor) > DeductionMatcher.MAX_MINOR_UNITS ? NOT_REGULAR : minor;
    }

    /**
     * The scale Moneta's conversion of the amount's number to a {@code BigDecimal} gives, for an amount
     * of these minor units whose number has a scale of 0 or more: a scale of 0 kept as it is
     * ({@code 4010110}); a positive one without its trailing zeros, which may leave it negative
     * ({@code 100.00} as {@code 1E+2}, scale -2); zero as 0. The scale a line is rebuilt with.
     */
    static int keptScale(Money money, long minor, int digits) {
      if (money.getScale() == 0 || minor == 0) {
        return 0;
      }
      int zeros = 0;
      for (long m = minor; m % 10 == 0; m /= 10) {
        zeros++;
      }
      return digits - zeros;
    }

    /**
     * Adds a line from its fields, without a value, when the columns hold it as it is and the value
     * would be accepted: an id not blank, every field given, a date within the matcher's dates, an amount
     * in whole minor units within {@link DeductionMatcher#MAX_MINOR_UNITS}, one of the first
     * {@link #MAX_CURRENCIES} currencies. The amount is kept as {@code Money} keeps it, so that the line rebuilt equals the value built from the same fields. Returns the line's
     * row, or -1 with nothing added, for the caller to add the value instead (which decides how such a
     * line is kept, or rejects it).
     */
    final int addFields(String lineId, String account, Optional<String> lineReference, BigDecimal amount,
        CurrencyUnit unit, LocalDate day) {
      if (built || lineId == null || lineId.isBlank() || account == null || lineReference == null || amount == null
          || unit == null || day == null) {
        return -1;
      }
      long epochDay = day.toEpochDay();
      if (epochDay < MIN_DAY || epochDay > MAX_DAY) {
        return -1;
      }
      // As Money keeps a BigDecimal: zero as 0, trailing zeros after the point dropped (100.00 as 1E+2),
      // a scale of 0 or less as it is (CompactFieldsTest holds this to Money's own conversion).
      BigDecimal number = amount.signum() == 0 ? BigDecimal.ZERO : amount.scale() > 0 ? amount.stripTrailingZeros()
          : amount;
      int c = currencyIndex(unit);
      long minor = c < 0 ? NOT_REGULAR : minorUnits(number, currencies[c].getDefaultFractionDigits());
      if (minor == NOT_REGULAR) {
        return -1;
      }
      if (size == id.length) {
        grow(size * 2);
      }
      int row = size++;
      id[row] = lineId;
      accountId[row] = account;
      reference[row] = lineReference.orElse(null);
      date[row] = (int) epochDay;
      minorUnits[row] = minor;
      scale[row] = (byte) number.scale();
      currency[row] = (byte) c;
      return row;
    }

    /**
     * The amount in minor units of a currency with {@code digits} fraction digits, or
     * {@link #NOT_REGULAR} when the columns cannot hold it: digits below the minor unit (kept whole), or
     * more digits in minor units than {@link #MAX_DIGITS} (beyond the bound), so that the product below
     * fits a long. A negative scale ({@code Money} keeps 100.00 as 1E+2) is a power of ten, below
     * 10^MAX_DIGITS by the same bound, so within {@link #POWERS}.
     */
    private static long minorUnits(BigDecimal number, int digits) {
      // In long: a scale near Integer.MIN_VALUE (1E+2147483647) would overflow the sum in int.
      if (digits < 0 || number.scale() > digits || (long) number.precision() - number.scale() + digits > MAX_DIGITS) {
        return NOT_REGULAR;
      }
      long minor = number.unscaledValue().longValueExact() * POWERS[digits - number.scale()];
      return Math.abs(minor) > DeductionMatcher.MAX_MINOR_UNITS ? NOT_REGULAR : minor;
    }

    /** Marks the builder built; the caller then makes its list from these columns. */
    final void finish() {
      if (built) {
        throw new IllegalStateException("this builder has built its list already");
      }
      built = true;
    }

    /** Grows every column to {@code capacity}; a subclass grows its own column too. */
    void grow(int capacity) {
      id = Arrays.copyOf(id, capacity);
      accountId = Arrays.copyOf(accountId, capacity);
      reference = Arrays.copyOf(reference, capacity);
      date = Arrays.copyOf(date, capacity);
      minorUnits = Arrays.copyOf(minorUnits, capacity);
      scale = Arrays.copyOf(scale, capacity);
      currency = Arrays.copyOf(currency, capacity);
    }

    private void irregular(int row, T value) {
      scale[row] = IRREGULAR;
      if (irregularCount == irregularRows.length) {
        irregularRows = Arrays.copyOf(irregularRows, irregularCount * 2);
        irregularValues = Arrays.copyOf(irregularValues, irregularCount * 2);
      }
      irregularRows[irregularCount] = row;
      irregularValues[irregularCount++] = value;
    }

    /** The currency's index, added if new; -1 beyond {@link #MAX_CURRENCIES}. */
    private int currencyIndex(CurrencyUnit unit) {
      for (int c = 0; c < currencyCount; c++) {
        if (currencies[c].equals(unit)) {
          return c;
        }
      }
      if (currencyCount == MAX_CURRENCIES) {
        return -1;
      }
      if (currencyCount == currencies.length) {
        currencies = Arrays.copyOf(currencies, currencyCount * 2);
      }
      currencies[currencyCount] = unit;
      return currencyCount++;
    }
  }
}
