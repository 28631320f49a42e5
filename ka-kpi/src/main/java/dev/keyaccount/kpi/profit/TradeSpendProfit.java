package dev.keyaccount.kpi.profit;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.spend.FundingMethod;
import dev.keyaccount.core.spend.SpendAccrual;
import dev.keyaccount.core.spend.SpendSource;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Feeds accrued trade spend into the operating profit and loss statement: the accruals of an account's period become the
 * {@link ProfitInput}'s fees, so {@link OperatingProfit} reports trade spend and the expense ratio (费用比)
 * from what was accrued rather than from figures typed in.
 *
 * <p>Rules: an accrual of an agreement line is a fixed fee of its line's {@link FeeType} (summed per
 * type); an accrual of a promotion is variable promotion cost; an {@link FundingMethod#OFF_INVOICE}
 * accrual is left out, because the discount was taken on the invoice and is already out of the net
 * invoiced sales given. Amounts are summed exactly; nothing is rounded. Stateless and thread-safe.
 */
public final class TradeSpendProfit {

  /** The most accruals one input takes. */
  public static final int MAX_ACCRUALS = 1_000_000;

  /** The instance; the class holds no state. */
  public static final TradeSpendProfit DEFAULT = new TradeSpendProfit();

  private TradeSpendProfit() {}

  /**
   * The profit-and-loss input of one account (or store) and period from its sales, cost of goods and accruals.
   *
   * @param id the account or store
   * @param netSales net invoiced sales of the period (after off-invoice discounts)
   * @param costOfGoods cost of the goods sold
   * @param accruals the period's accruals of that account, any funding method
   * @return the input, fees and promotion cost from the accruals
   * @throws IllegalArgumentException if an amount is negative or in another currency than the net sales
   *     (both named), an accrual is of another account, or there are more than {@link #MAX_ACCRUALS}
   * @throws NullPointerException if an argument or an accrual is null
   */
  public ProfitInput input(String id, MonetaryAmount netSales, MonetaryAmount costOfGoods,
      Collection<SpendAccrual> accruals) {
    Args.notBlank(id, "id");
    Args.notNull(netSales, "netSales");
    Args.notNull(costOfGoods, "costOfGoods");
    Args.notNull(accruals, "accruals");
    if (accruals.size() > MAX_ACCRUALS) {
      throw Args.invalid("accruals", "hold at most " + MAX_ACCRUALS, accruals.size());
    }
    Money zero = Monies.zero(netSales.getCurrency());
    Map<FeeType, Money> fees = new EnumMap<>(FeeType.class);
    Money promotion = zero;
    int i = 0;
    for (SpendAccrual accrual : accruals) {
      String name = "accruals[" + i++ + "]";
      Args.notNull(accrual, name);
      if (!accrual.accountId().equals(id)) {
        throw Args.invalid(name, "be of account '" + id + "'",
            "'" + accrual.id() + "' of '" + accrual.accountId() + "'");
      }
      Monies.requireSameCurrency(netSales, accrual.amount(), name);
      if (accrual.method() == FundingMethod.OFF_INVOICE) {
        continue;
      }
      if (accrual.line().source() == SpendSource.PROMOTION) {
        promotion = promotion.add(accrual.amount());
      } else {
        fees.merge(accrual.line().feeType(), accrual.amount(), Money::add);
      }
    }
    return ProfitInput.builder().id(id).netSales(netSales).costOfGoods(costOfGoods)
        .putAllFixedFees(fees).variablePromotionCost(promotion).build();
  }
}
