package dev.keyaccount.planning.rebate;

import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The final settlement of a rebate period (返利结算): the rebate earned over the full period, what the
 * interim settlements paid, the final payment (negative only for a clawback the scheme allows) and the
 * excess of interim payments over the rebate that could not be recovered.
 *
 * <p>Always {@code interimPaid + finalPayment = earned + excessNotRecovered}; without an excess the
 * interims and the final pay exactly the rebate, never twice. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RebateSettlement {

  RebateSettlement() {}

  static RebateSettlement of(Money earned, Money interimPaid, Money finalPayment, Money excessNotRecovered) {
    return ImmutableRebateSettlement.of(earned, interimPaid, finalPayment, excessNotRecovered);
  }

  /**
   * The rebate earned over the full period, rounded half-up to the minor unit.
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract Money earned();

  /**
   * The sum of the interim payments.
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract Money interimPaid();

  /**
   * The final payment: {@code earned − interimPaid}, or zero when that is negative and the scheme
   * allows no clawback.
   *
   * @return the payment, negative for a clawback
   */
  @Value.Parameter
  public abstract Money finalPayment();

  /**
   * Interim payments above the rebate earned that the final settlement could not recover.
   *
   * @return not negative; zero when a clawback is allowed
   */
  @Value.Parameter
  public abstract Money excessNotRecovered();
}
