package dev.keyaccount.kpi.profit;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.result.Failures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The operating profit KPI (经营利润), the hardest of the five: volume, share and execution bought at a
 * loss is a failure. Computes the P&amp;L of an account or of each of its stores, exactly.
 *
 * <p>This class is stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class OperatingProfit {

  /** The calculator. */
  public static final OperatingProfit DEFAULT = new OperatingProfit();

  private static final FeeType[] FEE_TYPES = FeeType.values();

  private OperatingProfit() {}

  /**
   * Returns the P&amp;L of one account or store.
   *
   * @param input the figures
   * @return the statement
   * @throws NullPointerException if the input is null
   */
  public ProfitAndLoss statement(ProfitInput input) {
    Args.notNull(input, "input");
    BigDecimal[] fees = new BigDecimal[FEE_TYPES.length];
    for (FeeType type : FEE_TYPES) {
      MonetaryAmount fee = input.fixedFees().get(type);
      fees[type.ordinal()] = fee == null ? BigDecimal.ZERO : Monies.decimal(fee);
    }
    return build(input.id(), input.currency(), Monies.decimal(input.netSales()), Monies.decimal(input.costOfGoods()),
        fees, Monies.decimal(input.variablePromotionCost()));
  }

  /**
   * Returns the P&amp;L of each store of an account and their total. A store that cannot be counted (null,
   * a repeated id, or figures in another currency than the first store's) is left out of the total and
   * reported as a failure item.
   *
   * @param accountId the account's id, used as the total's id
   * @param stores the stores' figures, at least one
   * @return the statements of the stores counted, the account's total over them, and the failure items
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are no stores or none can be counted (naming the first failure)
   */
  public AccountProfit byStore(String accountId, List<ProfitInput> stores) {
    Args.notBlank(accountId, "accountId");
    Args.notEmpty(stores, "stores");
    Failures failures = new Failures("stores");
    CurrencyUnit currency = null;
    BigDecimal sales = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal variable = BigDecimal.ZERO;
    BigDecimal[] fees = new BigDecimal[FEE_TYPES.length];
    Arrays.fill(fees, BigDecimal.ZERO);
    List<ProfitAndLoss> statements = new ArrayList<>(stores.size());
    for (int i = 0; i < stores.size(); i++) {
      ProfitInput store = stores.get(i);
      if (failures.isNull(store, i)) {
        continue;
      }
      if (currency == null) {
        currency = store.currency();
      }
      if (failures.isOtherCurrency(store.netSales(), currency, i, store.id(), "netSales")
          || failures.isDuplicate(store.id(), i)) {
        continue;
      }
      ProfitAndLoss statement = statement(store);
      statements.add(statement);
      sales = sales.add(Monies.decimal(store.netSales()));
      cost = cost.add(Monies.decimal(store.costOfGoods()));
      variable = variable.add(Monies.decimal(store.variablePromotionCost()));
      for (FeeType type : FEE_TYPES) {
        fees[type.ordinal()] = fees[type.ordinal()].add(Monies.decimal(statement.fees().get(type)));
      }
    }
    if (statements.isEmpty()) {
      throw Args.invalid("stores", "have at least one store that can be counted", failures.items().get(0).message());
    }
    return AccountProfit.of(statements, build(accountId, currency, sales, cost, fees, variable), failures.items());
  }

  private static ProfitAndLoss build(String id, CurrencyUnit currency, BigDecimal sales, BigDecimal cost,
      BigDecimal[] fees, BigDecimal variable) {
    Map<FeeType, MonetaryAmount> feeLines = new EnumMap<>(FeeType.class);
    BigDecimal fixed = BigDecimal.ZERO;
    for (FeeType type : FEE_TYPES) {
      BigDecimal fee = fees[type.ordinal()];
      feeLines.put(type, Monies.of(fee, currency));
      fixed = fixed.add(fee);
    }
    BigDecimal margin = sales.subtract(cost);
    BigDecimal spend = fixed.add(variable);
    return ProfitAndLoss.builder()
        .id(id)
        .netSales(Monies.of(sales, currency))
        .costOfGoods(Monies.of(cost, currency))
        .fees(feeLines)
        .variablePromotionCost(Monies.of(variable, currency))
        .grossMargin(Monies.of(margin, currency))
        .fixedFees(Monies.of(fixed, currency))
        .tradeSpend(Monies.of(spend, currency))
        .contribution(Monies.of(margin.subtract(spend), currency))
        .build();
  }
}
