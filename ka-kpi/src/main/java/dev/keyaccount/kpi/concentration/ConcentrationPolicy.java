package dev.keyaccount.kpi.concentration;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Rate;
import org.immutables.value.Value;

/**
 * The thresholds of a concentration analysis, as cumulative shares of sales: the share whose accounts
 * are counted (the Pareto 80%), and the upper bounds of classes A and B.
 *
 * <p>Boundary rule: accounts are ranked by sales, descending; an account is in class A when the
 * accounts ranked above it make less than {@link #aUpTo()} of sales, in B when they make less than
 * {@link #bUpTo()}, else in C. So class A is the fewest top accounts whose sales reach the A threshold:
 * the account that crosses 80% is an A account, and the one after an exact 80% is a B account. The
 * {@link #standard()} policy: sales share 80%, A up to 80%, B up to 95%. Each threshold lies in
 * {@code (0, 1]} and A's is at most B's. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConcentrationPolicy {

  private static final ConcentrationPolicy STANDARD = builder().salesShare(Rate.of("0.8")).aUpTo(Rate.of("0.8"))
      .bUpTo(Rate.of("0.95")).build();

  ConcentrationPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The standard policy: 80% of sales, A up to 80%, B up to 95%.
   *
   * @return the standard policy
   */
  public static ConcentrationPolicy standard() {
    return STANDARD;
  }

  /**
   * The share of sales whose accounts are counted by {@link Concentration#accountsForSalesShare()}.
   *
   * @return the share, in {@code (0, 1]}
   */
  public abstract Rate salesShare();

  /**
   * The cumulative share class A reaches.
   *
   * @return the share, in {@code (0, 1]}
   */
  public abstract Rate aUpTo();

  /**
   * The cumulative share class B reaches.
   *
   * @return the share, in {@code [aUpTo, 1]}
   */
  public abstract Rate bUpTo();

  @Value.Check
  void check() {
    checkShare(salesShare(), "salesShare");
    checkShare(aUpTo(), "aUpTo");
    checkShare(bUpTo(), "bUpTo");
    if (bUpTo().compareTo(aUpTo()) < 0) {
      throw Args.invalid("bUpTo", "not be below aUpTo " + aUpTo(), bUpTo());
    }
  }

  private static void checkShare(Rate share, String name) {
    if (!(share.compareTo(Rate.ZERO) > 0 && share.compareTo(Rate.ONE) <= 0)) {
      throw Args.invalid(name, "be above 0% and at most 100%", share.fraction().toPlainString());
    }
  }

  /** Builds {@link ConcentrationPolicy} values. */
  public static final class Builder extends ImmutableConcentrationPolicy.Builder {}
}
