package dev.keyaccount.receivables.spend;

import dev.keyaccount.core.money.Monies;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * Accrued versus settled over a group of accruals (an account, a funding method, all): accrued,
 * settled, open and over-claimed, each the exact sum of its positions'. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class SpendTotals {

  SpendTotals() {}

  static SpendTotals zero(CurrencyUnit currency) {
    Money zero = Monies.zero(currency);
    return ImmutableSpendTotals.of(zero, zero, zero, zero);
  }

  SpendTotals plus(AccrualPosition p) {
    return ImmutableSpendTotals.of(Monies.add(accrued(), p.accrued()), Monies.add(settled(), p.settled()),
        Monies.add(open(), p.open()), Monies.add(overClaim(), p.overClaim()));
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
}
