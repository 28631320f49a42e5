package dev.keyaccount.receivables.deduction;

import java.math.BigDecimal;
import java.math.BigInteger;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * A sum of minor units that never overflows: it adds in a {@code long} and carries into a
 * {@link BigInteger} only when the long would overflow, so a million ordinary amounts cost a million
 * long additions while two amounts near the bound still add up exactly. Not thread-safe.
 */
final class ExactSum {

  private long low;
  private BigInteger carried = BigInteger.ZERO;

  void add(long value) {
    long sum = low + value;
    if (((low ^ sum) & (value ^ sum)) < 0) {
      carried = carried.add(BigInteger.valueOf(low));
      sum = value;
    }
    low = sum;
  }

  /** The part carried out of the long: zero until a sum would have overflowed it. */
  BigInteger carried() {
    return carried;
  }

  BigInteger value() {
    return carried.add(BigInteger.valueOf(low));
  }

  Money money(CurrencyUnit currency, int minorDigits) {
    return Money.of(new BigDecimal(value(), minorDigits), currency);
  }
}
