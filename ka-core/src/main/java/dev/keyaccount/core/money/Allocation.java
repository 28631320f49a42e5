package dev.keyaccount.core.money;

import dev.keyaccount.core.Args;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Exact allocation of a whole by weights, by the largest-remainder method (最大余额法).
 *
 * <p>The whole is counted in indivisible units (minor units of money such as fen, or whole cases),
 * each part first gets the floor of its exact proportional share, and the units left over go one each
 * to the parts with the largest fractional remainders; ties go to the larger weight, then to the
 * earlier part. Hence:
 * <ul>
 *   <li>the parts always sum to the whole, exactly;</li>
 *   <li>every part differs from its exact share {@code whole × weight / Σ weights} by less than one unit;</li>
 *   <li>a zero weight gets zero; negative weights are rejected;</li>
 *   <li>parts with equal weights differ by at most one unit, whatever their order;</li>
 *   <li>reordering the weights reorders the parts the same way, except that equal weights may swap
 *       their parts (the earlier of them gets the spare unit).</li>
 * </ul>
 * A negative whole is allocated as the negation of its absolute value. Nothing is rounded: a money
 * whole with digits below the minor unit is rejected, not rounded. This class is stateless and
 * thread-safe.
 */
public final class Allocation {

  private Allocation() {}

  /**
   * Allocates a money amount by weights, to the minor unit.
   *
   * @param total the whole, a whole number of minor units
   * @param weights the weights, none negative and not all zero (unless the total is zero)
   * @return one part per weight, in the weights' order, summing exactly to {@code total}
   * @throws NullPointerException if an argument or weight is null
   * @throws IllegalArgumentException if the weights are empty, negative, not finite or all zero, or
   *     the total is beyond the decimal bound, beyond {@link Long#MAX_VALUE} minor units, or has digits
   *     below the minor unit
   */
  public static List<Money> allocate(MonetaryAmount total, List<? extends Number> weights) {
    Args.notNull(total, "total");
    BigDecimal value = Args.bounded(Monies.decimal(total), "total");
    Args.check(Monies.isWholeMinorUnits(total), "total",
        "be a whole number of minor units (allocation never rounds)", total);
    CurrencyUnit currency = total.getCurrency();
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    Args.check(value.signum() == 0 || value.movePointRight(digits).abs().compareTo(MAX_UNITS) <= 0, "total",
        "be at most " + Long.MAX_VALUE + " minor units", total);
    long units = Monies.toMinorUnits(total);
    long[] parts = allocateUnits(units, weights);
    List<Money> result = new ArrayList<>(parts.length);
    for (long part : parts) {
      result.add(Monies.ofMinorUnits(part, currency));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Allocates a whole number of units (minor units, cases) by weights.
   *
   * @param total the whole
   * @param weights the weights, none negative and not all zero (unless the total is zero)
   * @return one part per weight, in the weights' order, summing exactly to {@code total}
   * @throws NullPointerException if the weights or a weight is null
   * @throws IllegalArgumentException if the weights are empty, negative, not finite or all zero, or
   *     the total is {@code Long.MIN_VALUE}
   */
  public static long[] allocateUnits(long total, List<? extends Number> weights) {
    Args.check(total != Long.MIN_VALUE, "total", "be above Long.MIN_VALUE (its negation must fit a long)", total);
    BigDecimal[] w = checkedWeights(weights);
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal x : w) {
      sum = sum.add(x);
    }
    long[] parts = new long[w.length];
    if (total == 0) {
      return parts;
    }
    Args.check(sum.signum() > 0, "weights", "not all be zero when the total is not zero", weights);
    boolean negative = total < 0;
    BigDecimal whole = BigDecimal.valueOf(total).abs();
    // Scale weights to integers so that every share is an exact fraction numerator / sum.
    int scale = 0;
    for (BigDecimal x : w) {
      scale = Math.max(scale, x.stripTrailingZeros().scale());
    }
    BigInteger denominator = sum.movePointRight(scale).toBigIntegerExact();
    BigInteger[] remainders = new BigInteger[w.length];
    long assigned = 0;
    BigInteger wholeInt = whole.toBigIntegerExact();
    for (int i = 0; i < w.length; i++) {
      BigInteger numerator = wholeInt.multiply(w[i].movePointRight(scale).toBigIntegerExact());
      BigInteger[] qr = numerator.divideAndRemainder(denominator);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      assigned += parts[i];
    }
    long left = whole.longValueExact() - assigned;
    if (left > 0) {
      Integer[] order = new Integer[w.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      // Largest remainder first; among equal remainders the larger weight, then the earlier part, so
      // that reordering the weights only ever swaps units between equal weights.
      java.util.Arrays.sort(order, (a, b) -> {
        int byRemainder = remainders[b].compareTo(remainders[a]);
        if (byRemainder != 0) {
          return byRemainder;
        }
        int byWeight = w[b].compareTo(w[a]);
        return byWeight != 0 ? byWeight : Integer.compare(a, b);
      });
      for (int k = 0; k < left; k++) {
        parts[order[k]]++;
      }
    }
    if (negative) {
      for (int i = 0; i < parts.length; i++) {
        parts[i] = -parts[i];
      }
    }
    return parts;
  }

  /** The most minor units a total may hold (the parts are longs). */
  private static final BigDecimal MAX_UNITS = BigDecimal.valueOf(Long.MAX_VALUE);

  private static BigDecimal[] checkedWeights(List<? extends Number> weights) {
    Args.notEmpty(weights, "weights");
    BigDecimal[] w = new BigDecimal[weights.size()];
    for (int i = 0; i < w.length; i++) {
      Number n = Args.notNull(weights.get(i), "weights", i);
      BigDecimal x;
      try {
        x = n instanceof BigDecimal ? (BigDecimal) n : new BigDecimal(n.toString());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(Args.message("weights[" + i + "]", "be a finite number", n), e);
      }
      Args.bounded(x, "weights", i);
      if (x.signum() < 0) {
        throw Args.invalid("weights[" + i + "]", "not be negative", x.toPlainString());
      }
      // A zero is within the decimal bound at any scale; as a weight it is plain zero (a scale near
      // Integer.MAX_VALUE would overflow the scaling below).
      w[i] = x.signum() == 0 ? BigDecimal.ZERO : x;
    }
    return w;
  }
}
