package dev.keyaccount.kpi.profit;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Monies;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The figures of one account or store for a period: net sales, cost of goods, fixed fees by type
 * (listing, display, festival...) and the variable promotion cost. All amounts are in the net sales'
 * currency and none is negative. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProfitInput {

  ProfitInput() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The account's or store's id.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Net sales (净销售额), after invoice discounts.
   *
   * @return the amount, not negative
   */
  public abstract MonetaryAmount netSales();

  /**
   * Cost of goods sold (销货成本).
   *
   * @return the amount, not negative
   */
  public abstract MonetaryAmount costOfGoods();

  /**
   * Fixed trade fees by type (固定费用).
   *
   * @return the fees, none negative
   */
  public abstract Map<FeeType, MonetaryAmount> fixedFees();

  /**
   * Variable promotion cost (变动促销费用): price-offs, gifts, sales incentives.
   *
   * @return the amount, not negative
   */
  public abstract MonetaryAmount variablePromotionCost();

  /**
   * The currency of every amount.
   *
   * @return the currency of net sales
   */
  public CurrencyUnit currency() {
    return netSales().getCurrency();
  }

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  ProfitInput check() {
    Money netSales = Monies.of(netSales(), "netSales");
    Money costOfGoods = Monies.of(costOfGoods(), "costOfGoods");
    Money variablePromotionCost = Monies.of(variablePromotionCost(), "variablePromotionCost");
    Map<FeeType, Money> fixedFees = new LinkedHashMap<>();
    boolean held = netSales == netSales() && costOfGoods == costOfGoods()
        && variablePromotionCost == variablePromotionCost();
    for (Map.Entry<FeeType, MonetaryAmount> e : fixedFees().entrySet()) {
      Money amount = Monies.of(e.getValue(), "fixedFees");
      held &= amount == e.getValue();
      fixedFees.put(e.getKey(), amount);
    }
    if (!held) {
      return builder().from(this).netSales(netSales).costOfGoods(costOfGoods).variablePromotionCost(variablePromotionCost)
          .fixedFees(fixedFees).build();
    }
    Args.notBlank(id(), "id");
    Args.notNegative(netSales(), "netSales");
    Args.notNegative(costOfGoods(), "costOfGoods");
    Monies.requireSameCurrency(netSales(), costOfGoods(), "costOfGoods");
    Args.notNegative(variablePromotionCost(), "variablePromotionCost");
    Monies.requireSameCurrency(netSales(), variablePromotionCost(), "variablePromotionCost");
    fixedFees().forEach((type, fee) -> {
      Args.notNegative(fee, "fixedFees[" + type + "]");
      Monies.requireSameCurrency(netSales(), fee, "fixedFees[" + type + "]");
    });
    return this;
  }

  /** Builds a {@link ProfitInput}; fixed fees default to none, every other attribute is required. */
  public static final class Builder extends ImmutableProfitInput.Builder {}
}
