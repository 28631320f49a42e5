package dev.keyaccount.kpi.sales;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.product.PortfolioRole;
import dev.keyaccount.core.product.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * The sales KPI (销量/销售收入), the first of the five KPIs: actual against target, and the share of
 * high-margin products against the required proportion, since volume alone is not the goal.
 *
 * <p>This class is stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class SalesKpis {

  /** The calculator. */
  public static final SalesKpis DEFAULT = new SalesKpis();

  /** Monthly averages are rounded to this many decimals, {@link RoundingMode#HALF_UP}. */
  public static final int AVERAGE_DECIMALS = 2;

  private SalesKpis() {}

  /**
   * Returns the achievement (达成率) of a target: actual / target.
   *
   * @param actual the actual sales, not negative
   * @param target the target, positive, in the same currency
   * @return the achievement, exact to {@link Rate#PRECISION}; above 100% when the target is beaten
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if actual is negative, the target not positive, or currencies differ
   */
  public Rate achievement(MonetaryAmount actual, MonetaryAmount target) {
    Args.notNegative(actual, "actual");
    Args.positive(target, "target");
    return Rate.ratio(actual, target);
  }

  /**
   * Returns the high-margin mix from sales by portfolio role ({@link dev.keyaccount.core.product.Sku#role()}):
   * the {@link PortfolioRole#PROFIT} products' sales / the sales of every role, against the required
   * proportion. A role without sales may be left out of the map.
   *
   * @param salesByRole sales per portfolio role, none negative, all in one currency, positive in total
   * @param required the required proportion, in {@code [0, 1]}
   * @return the mix
   * @throws NullPointerException if an argument, key or amount is null
   * @throws IllegalArgumentException if the map is empty, an amount is negative, currencies differ
   *     (naming both), the total is zero, or the requirement is not in {@code [0, 1]}
   */
  public ProfitMix highMarginMix(Map<PortfolioRole, ? extends MonetaryAmount> salesByRole, Rate required) {
    Args.notNull(salesByRole, "salesByRole");
    Args.check(!salesByRole.isEmpty(), "salesByRole", "not be empty", "{}");
    for (Map.Entry<PortfolioRole, ? extends MonetaryAmount> e : salesByRole.entrySet()) {
      Args.notNull(e.getKey(), "salesByRole key");
      if (Args.notNull(e.getValue(), "salesByRole value").isNegative()) {
        throw Args.invalid("salesByRole[" + e.getKey() + "]", "not be negative", e.getValue());
      }
    }
    Money total = Monies.sum(salesByRole.values());
    if (!total.isPositive()) {
      throw Args.invalid("salesByRole", "have positive total sales", total);
    }
    MonetaryAmount profit = salesByRole.get(PortfolioRole.PROFIT);
    return highMarginMix(profit == null ? Monies.zero(total.getCurrency()) : profit, total, required);
  }

  /**
   * Returns the high-margin mix from sales by SKU: the sales are grouped by each SKU's
   * {@link Sku#role()} and the mix is {@link #highMarginMix(Map, Rate)} of those role totals. A SKU
   * without sales may be left out of the map.
   *
   * @param salesBySku sales per SKU, none negative, all in one currency, positive in total
   * @param required the required proportion, in {@code [0, 1]}
   * @return the mix
   * @throws NullPointerException if an argument, key or amount is null
   * @throws IllegalArgumentException if the map is empty, an amount is negative (naming the SKU's code),
   *     currencies differ (naming both), the total is zero, or the requirement is not in {@code [0, 1]}
   */
  public ProfitMix highMarginMixBySku(Map<Sku, ? extends MonetaryAmount> salesBySku, Rate required) {
    Args.notNull(salesBySku, "salesBySku");
    Args.check(!salesBySku.isEmpty(), "salesBySku", "not be empty", "{}");
    Map<PortfolioRole, Money> salesByRole = new EnumMap<>(PortfolioRole.class);
    MonetaryAmount first = null;
    for (Map.Entry<Sku, ? extends MonetaryAmount> e : salesBySku.entrySet()) {
      Sku sku = Args.notNull(e.getKey(), "salesBySku key");
      String name = "salesBySku[" + sku.code() + "]";
      Money sales = Monies.of(Args.notNull(e.getValue(), "salesBySku value"), name);
      if (sales.isNegative()) {
        throw Args.invalid(name, "not be negative", sales);
      }
      first = first == null ? sales : first;
      Monies.requireSameCurrency(first, sales, name);
      salesByRole.merge(sku.role(), sales, Monies::add);
    }
    return highMarginMix(salesByRole, required);
  }

  /**
   * Returns the high-margin mix: sales of profit products / total sales, against the required proportion.
   *
   * @param profitProductSales sales of profit products, not negative, at most the total
   * @param totalSales total sales, positive, in the same currency
   * @param required the required proportion, in {@code [0, 1]}
   * @return the mix
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an amount is out of range, currencies differ, or the requirement
   *     is not in {@code [0, 1]}
   */
  public ProfitMix highMarginMix(MonetaryAmount profitProductSales, MonetaryAmount totalSales, Rate required) {
    Args.notNegative(profitProductSales, "profitProductSales");
    Args.positive(totalSales, "totalSales");
    Args.notNull(required, "required");
    Monies.requireSameCurrency(totalSales, profitProductSales, "profitProductSales");
    if (profitProductSales.isGreaterThan(totalSales)) {
      throw Args.invalid("profitProductSales", "not exceed totalSales " + totalSales, profitProductSales);
    }
    Args.check(required.isBetweenZeroAndOne(), "required", "be between 0% and 100%", required);
    return ProfitMix.of(Rate.ratio(profitProductSales, totalSales), required);
  }

  /**
   * Returns the number of active months: months with sales above zero.
   *
   * @param monthlySales sales per month, none negative or beyond the decimal bound, at most
   *     {@link #MAX_MONTHS}
   * @return the count of non-zero months
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if the list is empty or longer than {@link #MAX_MONTHS}, or a month is
   *     negative or beyond the decimal bound
   */
  public int activeMonths(List<BigDecimal> monthlySales) {
    checkMonths(monthlySales);
    int active = 0;
    for (BigDecimal month : monthlySales) {
      if (month.signum() > 0) {
        active++;
      }
    }
    return active;
  }

  /**
   * Returns the monthly average over active months (months before a listing or after a delisting sell
   * nothing and are left out): total / active months, rounded to {@value #AVERAGE_DECIMALS} decimals
   * half-up. Seed 001: 0,0,0,40,15,24,25,25,40,20,36,45 → 270 / 9 = 30.00.
   *
   * @param monthlySales sales per month (万元, cases...), none negative or beyond the decimal bound, at most
   *     {@link #MAX_MONTHS}
   * @return the average, zero if no month sold anything
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if the list is empty or longer than {@link #MAX_MONTHS}, or a month is
   *     negative or beyond the decimal bound
   */
  public BigDecimal monthlyAverage(List<BigDecimal> monthlySales) {
    int active = activeMonths(monthlySales);
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal month : monthlySales) {
      total = total.add(month);
    }
    if (active == 0) {
      return BigDecimal.ZERO.setScale(AVERAGE_DECIMALS);
    }
    return total.divide(BigDecimal.valueOf(active), AVERAGE_DECIMALS, RoundingMode.HALF_UP);
  }

  /**
   * Returns the monthly average of amounts over active months, rounded half-up to the currency's minor unit.
   *
   * @param monthlySales sales per month, none negative, all in one currency
   * @return the average, zero if no month sold anything
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if the list is empty, a month is negative, or currencies are mixed
   */
  public Money monthlyAverageAmount(List<? extends MonetaryAmount> monthlySales) {
    Args.notEmpty(monthlySales, "monthlySales");
    Money total = Monies.sum(monthlySales);
    CurrencyUnit currency = total.getCurrency();
    int active = 0;
    for (int i = 0; i < monthlySales.size(); i++) {
      MonetaryAmount month = monthlySales.get(i);
      Args.notNegative(month, "monthlySales[" + i + "]");
      if (month.isPositive()) {
        active++;
      }
    }
    if (active == 0) {
      return Monies.zero(currency);
    }
    BigDecimal average = Monies.decimal(total).divide(BigDecimal.valueOf(active), Monies.minorDigits(currency),
        RoundingMode.HALF_UP);
    return Monies.of(average, currency);
  }

  /** The most months one call takes: a hundred years. */
  public static final int MAX_MONTHS = 1_200;

  /** Every month's sales not negative and within the decimal bound, at most {@link #MAX_MONTHS} of them. */
  private static void checkMonths(List<BigDecimal> monthlySales) {
    Args.notEmpty(monthlySales, "monthlySales");
    Args.check(monthlySales.size() <= MAX_MONTHS, "monthlySales", "have at most " + MAX_MONTHS + " months",
        monthlySales.size() + " months");
    for (int i = 0; i < monthlySales.size(); i++) {
      Args.bounded(monthlySales.get(i), "monthlySales", i);
      Args.notNegative(monthlySales.get(i), "monthlySales[" + i + "]");
    }
  }
}
