package dev.keyaccount.core.spend;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;
import org.threeten.extra.LocalDateRange;

/**
 * What one spend line accrued (费用计提) over one period: the line (and through it the promotion or
 * agreement line, account, reason type, method and reference), the period and the amount, exact to the
 * minor unit.
 *
 * <p>Its {@link #id()} is the line's id and the period, so accruals of one line over different periods
 * have different ids. The period lies within the line's period. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class SpendAccrual {

  SpendAccrual() {}

  /**
   * Returns an accrual, such as one read back from a ledger; {@link Accruals} computes them.
   *
   * @param line the spend line
   * @param period the period accrued, within the line's period
   * @param amount the amount, not negative, whole minor units, in the line's currency
   * @return the accrual
   * @throws IllegalArgumentException if the period or the amount is out of bounds
   */
  public static SpendAccrual of(SpendLine line, LocalDateRange period, MonetaryAmount amount) {
    return ImmutableSpendAccrual.of(line, period, Monies.of(Args.notNull(amount, "amount")));
  }

  /**
   * The spend line that accrued.
   *
   * @return the line
   */
  @Value.Parameter
  public abstract SpendLine line();

  /**
   * The period accrued, half-open.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract LocalDateRange period();

  /**
   * The amount accrued.
   *
   * @return not negative, whole minor units
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * The accrual's id: the line's id, {@code '@'} and the period, such as
   * {@code "DISPLAY-01@2026-01-01/2026-02-01"}.
   *
   * @return the id
   */
  public String id() {
    return line().id() + "@" + period();
  }

  /**
   * The account the spend is for.
   *
   * @return the line's account id
   */
  public String accountId() {
    return line().accountId();
  }

  /**
   * The funding method.
   *
   * @return the line's method
   */
  public FundingMethod method() {
    return line().method();
  }

  /**
   * What the retailer may claim against this accrual: the amount, or zero when the method settles on
   * the invoice ({@link FundingMethod#OFF_INVOICE}).
   *
   * @return the claimable amount, not negative
   */
  public Money claimableAmount() {
    return line().claimable() ? amount() : Monies.zero(amount().getCurrency());
  }

  @Value.Check
  void check() {
    SpendBounds.period(period(), "period");
    if (!line().period().encloses(period())) {
      throw Args.invalid("period", "lie within the line's period " + line().period(), period());
    }
    SpendBounds.amount(amount(), line().currency(), "amount");
  }
}
