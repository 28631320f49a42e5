package dev.keyaccount.kpi.concentration;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.Failures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * Ranks accounts by sales to select key accounts (重点客户选择): the cumulative share curve, the
 * accounts that make 80% of sales, and ABC classes by the boundary rule of {@link ConcentrationPolicy}.
 *
 * <p>Classes and counts are decided on exact sums (cumulative sales against threshold × total), never on
 * rounded shares; the shares reported are to {@link Rate#PRECISION}. Bounds: at least one and at most
 * {@value #MAX_ACCOUNTS} accounts, ids unique, one currency, a positive total. This class is stateless
 * and thread-safe; use {@link #DEFAULT} or pass a policy.
 */
public final class SalesConcentration {

  /** The most accounts accepted in one call (a manufacturer's whole retail customer list, not only its key accounts). */
  public static final int MAX_ACCOUNTS = 100_000;

  /** The analysis with the {@link ConcentrationPolicy#standard() standard} policy. */
  public static final SalesConcentration DEFAULT = new SalesConcentration(ConcentrationPolicy.standard());

  /** An account with its sales extracted once, so the sort compares decimals, not amounts. */
  private record Entry(AccountSales account, BigDecimal sales) {}

  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::sales).reversed()
      .thenComparing(e -> e.account().accountId());

  private final ConcentrationPolicy policy;

  /**
   * Returns an analysis with a policy.
   *
   * @param policy the thresholds
   * @throws NullPointerException if the policy is null
   */
  public SalesConcentration(ConcentrationPolicy policy) {
    this.policy = Args.notNull(policy, "policy");
  }

  /**
   * Analyses a portfolio's sales.
   *
   * @param accounts each account's sales, in any order; a null entry, a repeated account id or sales in
   *     another currency than the first entry's is left out and reported as a failure item
   * @return the concentration of the accounts ranked, with the failure items
   * @throws NullPointerException if the list is null
   * @throws IllegalArgumentException if the list is empty or too long, no account can be ranked, or the
   *     ranked accounts total zero
   */
  public Concentration analyse(List<AccountSales> accounts) {
    Args.notEmpty(accounts, "accounts");
    if (accounts.size() > MAX_ACCOUNTS) {
      throw Args.invalid("accounts", "have at most " + MAX_ACCOUNTS + " accounts", accounts.size() + " accounts");
    }
    Failures failures = new Failures("accounts");
    CurrencyUnit currency = null;
    BigDecimal total = BigDecimal.ZERO;
    List<Entry> sorted = new ArrayList<>(accounts.size());
    for (int i = 0; i < accounts.size(); i++) {
      AccountSales a = accounts.get(i);
      if (failures.isNull(a, i)) {
        continue;
      }
      if (currency == null) {
        currency = a.sales().getCurrency();
      }
      if (failures.isOtherCurrency(a.sales(), currency, i, a.accountId(), "sales")
          || failures.isDuplicate(a.accountId(), i)) {
        continue;
      }
      BigDecimal sales = Monies.decimal(a.sales());
      sorted.add(new Entry(a, sales));
      total = total.add(sales);
    }
    if (sorted.isEmpty()) {
      throw Args.invalid("accounts", "have at least one account that can be ranked", failures.items().get(0).message());
    }
    if (total.signum() <= 0) {
      throw Args.invalid("accounts", "have positive total sales", Monies.of(total, currency));
    }

    sorted.sort(ORDER);
    BigDecimal aLimit = total.multiply(policy.aUpTo().fraction());
    BigDecimal bLimit = total.multiply(policy.bUpTo().fraction());
    BigDecimal shareLimit = total.multiply(policy.salesShare().fraction());
    List<RankedAccount> ranking = new ArrayList<>();
    BigDecimal above = BigDecimal.ZERO;
    int forShare = 0;
    for (Entry e : sorted) {
      AccountSales a = e.account();
      BigDecimal sales = e.sales();
      AbcClass abc = above.compareTo(aLimit) < 0 ? AbcClass.A : above.compareTo(bLimit) < 0 ? AbcClass.B : AbcClass.C;
      if (above.compareTo(shareLimit) < 0) {
        forShare++;
      }
      above = above.add(sales);
      ranking.add(ImmutableRankedAccount.builder().rank(ranking.size() + 1).accountId(a.accountId())
          .sales(a.sales()).share(Rate.ratio(sales, total)).cumulativeShare(Rate.ratio(above, total))
          .abcClass(abc).build());
    }
    return ImmutableConcentration.builder().policy(policy).total(Monies.of(total, currency)).ranking(ranking)
        .accountsForSalesShare(forShare).failures(failures.items()).build();
  }
}
