package dev.keyaccount.kpi.profit;

import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The profit and loss of one account or store (客户/卖场损益): every line exact, nothing rounded, each fee
 * type shown. Contribution = net sales − cost of goods − fixed fees − variable promotion cost. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProfitAndLoss {

  ProfitAndLoss() {}

  static Builder builder() {
    return new Builder();
  }

  /**
   * The account's or store's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Net sales.
   *
   * @return the amount
   */
  public abstract MonetaryAmount netSales();

  /**
   * Cost of goods sold.
   *
   * @return the amount
   */
  public abstract MonetaryAmount costOfGoods();

  /**
   * Each fixed fee type with its amount; every {@link FeeType} is present, zero when not charged.
   *
   * @return the fees in {@link FeeType} order
   */
  public abstract Map<FeeType, MonetaryAmount> fees();

  /**
   * The variable promotion cost.
   *
   * @return the amount
   */
  public abstract MonetaryAmount variablePromotionCost();

  /**
   * Gross margin (毛利): net sales − cost of goods.
   *
   * @return the exact amount, negative below cost
   */
  public abstract MonetaryAmount grossMargin();

  /**
   * The fixed fees, summed.
   *
   * @return the exact total
   */
  public abstract MonetaryAmount fixedFees();

  /**
   * Trade spend (费用): fixed fees + variable promotion cost.
   *
   * @return the exact total
   */
  public abstract MonetaryAmount tradeSpend();

  /**
   * Contribution (经营利润): gross margin − trade spend.
   *
   * @return the exact amount, negative for a loss
   */
  public abstract MonetaryAmount contribution();

  /**
   * Gross margin / net sales.
   *
   * @return the rate, empty without sales
   */
  public Optional<Rate> grossMarginRate() {
    return ratioToSales(grossMargin());
  }

  /**
   * Contribution margin: contribution / net sales.
   *
   * @return the rate, empty without sales
   */
  public Optional<Rate> contributionMargin() {
    return ratioToSales(contribution());
  }

  /**
   * Expense ratio (费用比): trade spend / net sales.
   *
   * @return the rate, empty without sales
   */
  public Optional<Rate> expenseRatio() {
    return ratioToSales(tradeSpend());
  }

  /**
   * Returns whether the unit makes a loss after trade spend.
   *
   * @return true if the contribution is negative
   */
  public boolean isLoss() {
    return contribution().isNegative();
  }

  private Optional<Rate> ratioToSales(MonetaryAmount amount) {
    return netSales().isZero() ? Optional.empty()
        : Optional.of(Rate.ratio(Monies.decimal(amount), Monies.decimal(netSales())));
  }

  static final class Builder extends ImmutableProfitAndLoss.Builder {}
}
