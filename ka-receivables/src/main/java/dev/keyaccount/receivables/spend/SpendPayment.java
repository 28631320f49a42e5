package dev.keyaccount.receivables.spend;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * A payment we made against a spend accrual by cheque or credit note. Bounds: the accrual id not blank
 * and at most 128 characters; the amount positive and whole minor units. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class SpendPayment {

  SpendPayment() {}

  /**
   * Returns a payment.
   *
   * @param accrualId the accrual paid, by its {@code SpendAccrual.id()}
   * @param kind cheque or credit note
   * @param amount the amount paid
   * @param date the payment date
   * @return the payment
   * @throws IllegalArgumentException if the id or the amount is out of bounds
   */
  public static SpendPayment of(String accrualId, PaymentKind kind, MonetaryAmount amount, LocalDate date) {
    return ImmutableSpendPayment.of(accrualId, kind, Monies.of(Args.notNull(amount, "amount")), date);
  }

  /**
   * The accrual paid.
   *
   * @return its id
   */
  @Value.Parameter
  public abstract String accrualId();

  /**
   * Cheque or credit note.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract PaymentKind kind();

  /**
   * The amount paid.
   *
   * @return positive
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * The payment date.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  @Value.Check
  void check() {
    Args.notBlank(accrualId(), "accrualId");
    if (accrualId().length() > 128) {
      throw Args.invalid("accrualId", "have at most 128 characters", accrualId().length() + " characters");
    }
    Args.positive(amount(), "amount");
    Args.check(Monies.isWholeMinorUnits(amount()), "amount", "be a whole number of minor units", amount());
  }
}
