package dev.keyaccount.receivables.spend;

import dev.keyaccount.core.money.Monies;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * Accrued versus settled over a group of accruals (an account, a funding method, all): accrued, settled
 * and its parts (on the invoice, claimed by deduction, paid by cheque or credit note), open and
 * over-claimed, each the exact sum of its positions'. Always {@code settled = onInvoice + claimed + paid}
 * and {@code accrued + overClaim = settled + open}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SpendTotals {

  SpendTotals() {}

  static SpendTotals zero(CurrencyUnit currency) {
    Money zero = Monies.zero(currency);
    return ImmutableSpendTotals.of(zero, zero, zero, zero, zero, zero, zero);
  }

  SpendTotals plus(AccrualPosition p) {
    return ImmutableSpendTotals.of(Monies.add(accrued(), p.accrued()), Monies.add(settled(), p.settled()),
        Monies.add(open(), p.open()), Monies.add(overClaim(), p.overClaim()), Monies.add(onInvoice(), p.onInvoice()),
        Monies.add(claimed(), p.claimed()), Monies.add(paid(), p.paid()));
  }

  /**
   * The total accrued.
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract Money accrued();

  /**
   * The total settled (on invoice, claimed, paid).
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract Money settled();

  /**
   * The total open.
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract Money open();

  /**
   * The total over-claimed.
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract Money overClaim();

  /**
   * The total settled on the invoice (off-invoice accruals).
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract Money onInvoice();

  /**
   * The total claimed by retailer deductions.
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract Money claimed();

  /**
   * The total paid by cheque or credit note.
   *
   * @return not negative
   */
  @Value.Parameter
  public abstract Money paid();
}
