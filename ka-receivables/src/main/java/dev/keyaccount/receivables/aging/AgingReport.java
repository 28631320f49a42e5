package dev.keyaccount.receivables.aging;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.result.FailureItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * An aging report (账龄分析表) as of a date: the open amount per bucket for each account and in total.
 * Every account's buckets add up to its total, and the accounts add up to the report's totals. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgingReport {

  AgingReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The date the report is as of.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * The bucket labels, in order.
   *
   * @return the labels
   */
  public abstract List<String> labels();

  /**
   * The amount per bucket for each account, accounts in id order.
   *
   * @return per account, one amount per bucket
   */
  public abstract Map<String, List<MonetaryAmount>> byAccount();

  /**
   * The amount per bucket over all accounts.
   *
   * @return one amount per bucket
   */
  public abstract List<MonetaryAmount> totals();

  /**
   * The total open amount.
   *
   * @return the sum of every bucket
   */
  public abstract MonetaryAmount total();

  /**
   * The open items left out of the report, in input order: null, or in another currency.
   *
   * @return the failure items
   */
  public abstract List<FailureItem> failures();

  /**
   * The amount of one account in one bucket.
   *
   * @param accountId the account
   * @param label the bucket's label, such as {@code "31-60"}
   * @return the amount
   * @throws IllegalArgumentException if the account or label is not in the report
   */
  public MonetaryAmount amount(String accountId, String label) {
    Args.notNull(accountId, "accountId");
    Args.notNull(label, "label");
    List<MonetaryAmount> amounts = byAccount().get(accountId);
    if (amounts == null) {
      throw Args.invalid("accountId", "be an account of the report", "'" + accountId + "'");
    }
    int index = labels().indexOf(label);
    if (index < 0) {
      throw Args.invalid("label", "be one of " + labels(), "'" + label + "'");
    }
    return amounts.get(index);
  }

  /** Holds every amount as a bounded {@code Money}: equal amounts, equal reports. */
  @Value.Check
  AgingReport check() {
    Money total = Monies.of(total(), "total");
    List<MonetaryAmount> totals = held(totals(), "totals");
    Map<String, List<MonetaryAmount>> byAccount = new LinkedHashMap<>();
    boolean same = total == total() && totals == totals();
    for (Map.Entry<String, List<MonetaryAmount>> e : byAccount().entrySet()) {
      List<MonetaryAmount> amounts = held(e.getValue(), "byAccount");
      same &= amounts == e.getValue();
      byAccount.put(e.getKey(), amounts);
    }
    return same ? this : builder().from(this).total(total).totals(totals).byAccount(byAccount).build();
  }

  /** The amounts as bounded {@code Money}: the list itself when every one is a {@code Money} already. */
  private static List<MonetaryAmount> held(List<MonetaryAmount> amounts, String name) {
    List<MonetaryAmount> result = new ArrayList<>(amounts.size());
    boolean same = true;
    for (MonetaryAmount amount : amounts) {
      Money money = Monies.of(amount, name);
      same &= money == amount;
      result.add(money);
    }
    return same ? amounts : result;
  }

  /** Builds an {@link AgingReport}; every attribute is required but the failures, empty by default. */
  public static final class Builder extends ImmutableAgingReport.Builder {}
}
