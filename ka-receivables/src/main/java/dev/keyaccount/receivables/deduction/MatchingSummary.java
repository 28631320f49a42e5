package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.util.Locale;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The totals of a matching run (核销汇总): counts and amounts per state, the conservation totals and the
 * automation rates.
 *
 * <p>For every run, to the minor unit: matched + disputed + written off + unresolved = total deducted,
 * and consumed + remaining = total authorized. Rejected lines are counted apart and are in none of the
 * totals. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MatchingSummary {

  MatchingSummary() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of deductions matched (rejected lines excluded).
   *
   * @return the count
   */
  public abstract int deductionCount();

  /**
   * The number of deductions in each state; every state is present.
   *
   * @return the counts
   */
  public abstract Map<DeductionState, Integer> counts();

  /**
   * The amount deducted by the deductions in each state; every state is present.
   *
   * @return the amounts
   */
  public abstract Map<DeductionState, MonetaryAmount> amounts();

  /**
   * The total deducted.
   *
   * @return the sum of all deductions' amounts
   */
  public abstract MonetaryAmount totalDeducted();

  /**
   * The total matched against authorizations (equal to the total consumed).
   *
   * @return the matched total
   */
  public abstract MonetaryAmount matched();

  /**
   * The total to dispute.
   *
   * @return the disputed total
   */
  public abstract MonetaryAmount disputed();

  /**
   * The total written off.
   *
   * @return the written-off total
   */
  public abstract MonetaryAmount writtenOff();

  /**
   * The total left for review.
   *
   * @return the unresolved total
   */
  public abstract MonetaryAmount unresolved();

  /**
   * The total authorized: of the authorizations that took part in the run (all of them without a ledger;
   * with one, those of the accounts of its deductions, since nothing is matched across accounts);
   * rejected authorizations excluded.
   *
   * @return the sum of those authorizations' amounts
   */
  public abstract MonetaryAmount totalAuthorized();

  /**
   * The total consumed from authorizations.
   *
   * @return the consumed total
   */
  public abstract MonetaryAmount consumed();

  /**
   * The total left on authorizations.
   *
   * @return the remaining total
   */
  public abstract MonetaryAmount remaining();

  /**
   * The number of rejected input lines.
   *
   * @return the count
   */
  public abstract int rejectedCount();

  /**
   * The auto-match rate by count (自动核销率): the share of deductions the run settled without review,
   * that is in any state but {@link DeductionState#UNRESOLVED}. Zero for an empty run.
   *
   * @return the rate
   */
  public abstract Rate autoMatchRateByCount();

  /**
   * The auto-match rate by amount: the share of the total deducted that is not unresolved.
   *
   * @return the rate
   */
  public abstract Rate autoMatchRateByAmount();

  /**
   * The match rate by count: the share of deductions valid or partly valid.
   *
   * @return the rate
   */
  public abstract Rate matchRateByCount();

  /**
   * The match rate by amount: the share of the total deducted that is matched.
   *
   * @return the rate
   */
  public abstract Rate matchRateByAmount();

  /**
   * The number of deductions in a state.
   *
   * @param state the state
   * @return the count
   */
  public int count(DeductionState state) {
    return counts().get(state);
  }

  /**
   * The amount deducted by the deductions in a state.
   *
   * @param state the state
   * @return the amount
   */
  public MonetaryAmount amount(DeductionState state) {
    return amounts().get(state);
  }

  /**
   * The summary as a few lines of text, for a log or a report: the count and amount per state, the two
   * conservation equations and the rates.
   *
   * @return the text, lines separated by {@code \n}
   */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%d deductions, %s deducted (%d rejected lines)\n", deductionCount(),
        format(totalDeducted()), rejectedCount()));
    for (DeductionState state : DeductionState.values()) {
      text.append(String.format(Locale.ROOT, "  %-16s %8d  %s\n", state, count(state), format(amount(state))));
    }
    text.append(String.format(Locale.ROOT, "matched %s + disputed %s + written off %s + unresolved %s = %s\n",
        format(matched()), format(disputed()), format(writtenOff()), format(unresolved()), format(totalDeducted())));
    text.append(String.format(Locale.ROOT, "authorized %s = consumed %s + remaining %s\n", format(totalAuthorized()),
        format(consumed()), format(remaining())));
    text.append(String.format(Locale.ROOT, "auto-match rate %s by count, %s by amount; match rate %s by count, %s by amount",
        autoMatchRateByCount(), autoMatchRateByAmount(), matchRateByCount(), matchRateByAmount()));
    return text.toString();
  }

  /** An amount with its currency's decimals ("CNY 250.00"); every total is whole minor units. */
  private static String format(MonetaryAmount amount) {
    return amount.getCurrency().getCurrencyCode() + " "
        + Monies.decimal(amount).setScale(Monies.minorDigits(amount.getCurrency())).toPlainString();
  }

  /** Builds a {@link MatchingSummary}; every attribute is required. */
  public static final class Builder extends ImmutableMatchingSummary.Builder {}
}
