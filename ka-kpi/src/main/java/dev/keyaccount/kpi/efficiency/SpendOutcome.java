package dev.keyaccount.kpi.efficiency;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * What a store's or account's trade spend bought in a period: the spend, the cases sold and the sales.
 * Spend and sales are positive and in one currency; cases are positive. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class SpendOutcome {

  SpendOutcome() {}

  /**
   * Returns an outcome.
   *
   * @param id the store's or account's id
   * @param spend the trade spend, positive
   * @param cases the cases sold, positive
   * @param sales the sales, positive, in the spend's currency
   * @return the outcome
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is not positive or the currencies differ
   */
  public static SpendOutcome of(String id, MonetaryAmount spend, long cases, MonetaryAmount sales) {
    return builder().id(id).spend(spend).cases(cases).sales(sales).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The store's or account's id.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * The trade spend (费用).
   *
   * @return the amount, positive
   */
  public abstract MonetaryAmount spend();

  /**
   * The cases sold (箱).
   *
   * @return the cases, positive
   */
  public abstract long cases();

  /**
   * The sales (销售额).
   *
   * @return the amount, positive
   */
  public abstract MonetaryAmount sales();

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  SpendOutcome check() {
    Money spend = Monies.of(spend(), "spend");
    Money sales = Monies.of(sales(), "sales");
    if (spend != spend() || sales != sales()) {
      return builder().from(this).spend(spend).sales(sales).build();
    }
    Args.notBlank(id(), "id");
    Args.positive(spend(), "spend");
    Args.check(cases() > 0, "cases", "be positive", cases());
    Args.positive(sales(), "sales");
    Monies.requireSameCurrency(spend(), sales(), "sales");
    return this;
  }

  /** Builds a {@link SpendOutcome}; every attribute is required. */
  public static final class Builder extends ImmutableSpendOutcome.Builder {}
}
