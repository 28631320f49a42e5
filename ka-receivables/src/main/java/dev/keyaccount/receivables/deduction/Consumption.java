package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * One use of an authorization (核销记录): which deduction took how much of it, on the deduction's
 * date. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Consumption {

  Consumption() {}

  /**
   * Returns a consumption.
   *
   * @param deductionId the deduction that consumed
   * @param amount the amount taken, positive
   * @param date the deduction's date
   * @return the consumption
   * @throws IllegalArgumentException if the id is blank or the amount not positive
   */
  public static Consumption of(String deductionId, MonetaryAmount amount, LocalDate date) {
    return ImmutableConsumption.of(deductionId, Monies.of(Args.notNull(amount, "amount")), date);
  }

  /**
   * The deduction that consumed.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract String deductionId();

  /**
   * The amount taken.
   *
   * @return a positive amount
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * The deduction's date.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  @Value.Check
  void check() {
    Args.notBlank(deductionId(), "deductionId");
    Args.positive(amount(), "amount");
  }
}
