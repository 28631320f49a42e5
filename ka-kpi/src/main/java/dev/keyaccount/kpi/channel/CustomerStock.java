package dev.keyaccount.kpi.channel;

import dev.keyaccount.core.Args;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A customer's inventory of our goods and its average weekly sales (sell-out), both in cases. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CustomerStock {

  CustomerStock() {}

  /**
   * Returns a stock position.
   *
   * @param accountId the account's id
   * @param inventoryCases cases in the customer's stock, not negative
   * @param weeklySalesCases average cases sold per week, not negative
   * @return the position
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a quantity is negative
   */
  public static CustomerStock of(String accountId, long inventoryCases, BigDecimal weeklySalesCases) {
    return ImmutableCustomerStock.builder().accountId(accountId).inventoryCases(inventoryCases)
        .weeklySalesCases(weeklySalesCases).build();
  }

  /**
   * The account's id.
   *
   * @return the id, not blank
   */
  public abstract String accountId();

  /**
   * The cases in the customer's stock.
   *
   * @return the cases, not negative
   */
  public abstract long inventoryCases();

  /**
   * The average cases sold per week.
   *
   * @return the cases, not negative
   */
  public abstract BigDecimal weeklySalesCases();

  @Value.Check
  void check() {
    Args.notBlank(accountId(), "accountId");
    Args.notNegative(inventoryCases(), "inventoryCases");
    Args.notNegative(weeklySalesCases(), "weeklySalesCases");
  }
}
