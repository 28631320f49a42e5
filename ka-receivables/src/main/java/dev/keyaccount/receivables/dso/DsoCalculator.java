package dev.keyaccount.receivables.dso;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * Days sales outstanding (DSO, 应收账款周转天数) and days deductions outstanding.
 *
 * <ul>
 *   <li>Standard: receivables / credit sales × days. Receivables 150,000 and credit sales 1,800,000 over
 *       365 days give 30.4 days.
 *   <li>Countback: walk back month by month from the newest, taking each month's sales off the
 *       receivables and counting its days, until the rest is a fraction of a month. Receivables 212,000
 *       against 100,000 / 80,000 / 70,000 (30-day months, newest first) give 30 + 30 + 32/70 × 30 =
 *       73.7 days, where the standard method on the same quarter gives 212,000 / 250,000 × 90 = 76.3.
 *   <li>Days deductions outstanding: open deductions / deductions taken × days.
 * </ul>
 *
 * <p>Results are computed exactly (each a product divided once, to 34 significant digits) and rounded
 * once, at the output, to the calculator's scale with its rounding mode: {@link #DEFAULT} gives one decimal, {@code HALF_UP}.
 * Stateless and thread-safe.
 */
public final class DsoCalculator {

  /** Days to one decimal, rounded half up. */
  public static final DsoCalculator DEFAULT = new DsoCalculator(1, RoundingMode.HALF_UP);

  private final int scale;
  private final RoundingMode rounding;

  /** The most decimals a result may have (the results are exact to 34 significant digits). */
  public static final int MAX_SCALE = 34;

  /**
   * Returns a calculator rounding its results as given.
   *
   * @param scale the decimals of the results, from 0 to {@link #MAX_SCALE}
   * @param rounding the rounding mode of the results, not {@link RoundingMode#UNNECESSARY} (a ratio of
   *     amounts is rarely exact at any scale)
   * @throws NullPointerException if the rounding mode is null
   * @throws IllegalArgumentException if the scale is out of range or the rounding mode is UNNECESSARY
   */
  public DsoCalculator(int scale, RoundingMode rounding) {
    Args.check(scale >= 0 && scale <= MAX_SCALE, "scale", "be between 0 and " + MAX_SCALE, scale);
    this.scale = scale;
    this.rounding = Args.notNull(rounding, "rounding");
    Args.check(rounding != RoundingMode.UNNECESSARY, "rounding", "round (not be UNNECESSARY)", rounding);
  }

  /**
   * The standard DSO: receivables / credit sales × days.
   *
   * @param receivables the receivables at the end of the period, not negative
   * @param creditSales the credit sales of the period, positive, in the receivables' currency
   * @param days the period's length, positive
   * @return the days sales outstanding
   * @throws NullPointerException if an amount is null
   * @throws IllegalArgumentException if an amount or the days are out of range, or the currencies differ
   */
  public BigDecimal standard(MonetaryAmount receivables, MonetaryAmount creditSales, int days) {
    Args.notNegative(receivables, "receivables");
    Args.positive(creditSales, "creditSales");
    BigDecimal numerator = bounded(receivables, "receivables");
    BigDecimal denominator = bounded(creditSales, "creditSales");
    Monies.requireSameCurrency(receivables, creditSales, "creditSales");
    Args.positive(days, "days");
    return round(timesDaysOver(numerator, days, denominator));
  }

  /**
   * The countback DSO.
   *
   * @param receivables the receivables now, not negative
   * @param periodsNewestFirst the periods' credit sales, newest first, in the receivables' currency;
   *     together they must cover the receivables
   * @return the days sales outstanding
   * @throws NullPointerException if an argument or a period is null
   * @throws IllegalArgumentException if the receivables are negative, a currency differs, or the
   *     periods' sales do not add up to the receivables
   */
  public BigDecimal countback(MonetaryAmount receivables, List<SalesPeriod> periodsNewestFirst) {
    Args.notNegative(receivables, "receivables");
    Args.notNull(periodsNewestFirst, "periodsNewestFirst");
    BigDecimal rest = bounded(receivables, "receivables");
    BigDecimal days = BigDecimal.ZERO;
    int index = 0;
    for (SalesPeriod period : periodsNewestFirst) {
      Args.notNull(period, "periodsNewestFirst", index);
      Monies.requireSameCurrency(receivables, period.creditSales(), "periodsNewestFirst[" + index + "]");
      if (rest.signum() == 0) {
        break;
      }
      BigDecimal sales = bounded(period.creditSales(), "periodsNewestFirst[" + index + "].creditSales");
      if (rest.compareTo(sales) >= 0) {
        rest = rest.subtract(sales);
        days = days.add(BigDecimal.valueOf(period.days()));
      } else {
        days = days.add(rest.multiply(BigDecimal.valueOf(period.days())).divide(sales, MathContext.DECIMAL128));
        rest = BigDecimal.ZERO;
      }
      index++;
    }
    if (rest.signum() != 0) {
      throw Args.invalid("periodsNewestFirst", "have sales covering the receivables " + receivables,
          periodsNewestFirst);
    }
    return round(days);
  }

  /**
   * Days deductions outstanding (DDO): open deductions / deductions taken in the period × days.
   *
   * @param openDeductions the deductions not yet settled, not negative
   * @param deductionsTaken the deductions taken in the period, positive, in the same currency
   * @param days the period's length, positive
   * @return the days deductions outstanding
   * @throws NullPointerException if an amount is null
   * @throws IllegalArgumentException if an amount or the days are out of range, or the currencies differ
   */
  public BigDecimal daysDeductionsOutstanding(MonetaryAmount openDeductions, MonetaryAmount deductionsTaken,
      int days) {
    Args.notNegative(openDeductions, "openDeductions");
    Args.positive(deductionsTaken, "deductionsTaken");
    BigDecimal numerator = bounded(openDeductions, "openDeductions");
    BigDecimal denominator = bounded(deductionsTaken, "deductionsTaken");
    Monies.requireSameCurrency(openDeductions, deductionsTaken, "deductionsTaken");
    Args.positive(days, "days");
    return round(timesDaysOver(numerator, days, denominator));
  }

  /** {@code numerator × days / denominator}, multiplied exactly and divided once (34 significant digits). */
  private static BigDecimal timesDaysOver(BigDecimal numerator, int days, BigDecimal denominator) {
    return numerator.multiply(BigDecimal.valueOf(days)).divide(denominator, MathContext.DECIMAL128);
  }

  /** The amount's decimal, within the decimal bound (checked before any arithmetic). */
  private static BigDecimal bounded(MonetaryAmount amount, String name) {
    return Args.bounded(Monies.decimal(amount), name);
  }

  private BigDecimal round(BigDecimal days) {
    return days.setScale(scale, rounding);
  }
}
