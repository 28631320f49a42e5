package dev.keyaccount.receivables.spend;

import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.spend.SpendAccrual;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * Where one accrual stands (计提核销状态): accrued, settled on the invoice (off-invoice), claimed by
 * deduction, paid by cheque or credit note, and what is open or over-claimed.
 *
 * <p>{@code settled = onInvoice + claimed + paid}; {@code open = max(0, accrued − settled)};
 * {@code overClaim = max(0, settled − accrued)}; so always
 * {@code accrued + overClaim = settled + open}, and {@code accrued = settled + open} when nothing is
 * over-claimed. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccrualPosition {

  AccrualPosition() {}

  static AccrualPosition of(SpendAccrual accrual, Money onInvoice, Money claimed, Money paid) {
    return ImmutableAccrualPosition.of(accrual, onInvoice, claimed, paid);
  }

  /**
   * The accrual.
   *
   * @return the accrual
   */
  @Value.Parameter
  public abstract SpendAccrual accrual();

  /**
   * What was settled on the invoice: the whole accrual for off-invoice, else zero.
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract Money onInvoice();

  /**
   * What retailer deductions consumed of the accrual's authorization.
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract Money claimed();

  /**
   * What we paid by cheque or credit note.
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract Money paid();

  /**
   * The amount accrued.
   *
   * @return the accrual's amount
   */
  public Money accrued() {
    return accrual().amount();
  }

  /**
   * Everything settled: on invoice, claimed and paid.
   *
   * @return not negative
   */
  public Money settled() {
    return Monies.add(Monies.add(onInvoice(), claimed()), paid());
  }

  /**
   * What is still open: accrued but neither claimed nor paid.
   *
   * @return not negative
   */
  public Money open() {
    Money open = Monies.subtract(accrued(), settled());
    return open.isNegative() ? Monies.zero(open.getCurrency()) : open;
  }

  /**
   * What was settled beyond the accrual (超额核销), zero if nothing.
   *
   * @return not negative
   */
  public Money overClaim() {
    Money over = Monies.subtract(settled(), accrued());
    return over.isNegative() ? Monies.zero(over.getCurrency()) : over;
  }
}
