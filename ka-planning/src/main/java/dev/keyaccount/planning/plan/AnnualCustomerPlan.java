package dev.keyaccount.planning.plan;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.planning.objective.Objective;
import java.util.List;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The annual customer plan (客户年度计划): next year's targets for one account and the resources and
 * timing both sides commit.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnnualCustomerPlan implements CustomerPlan {

  AnnualCustomerPlan() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The account planned for.
   *
   * @return the account id, not blank
   */
  @Override
  public abstract String accountId();

  /**
   * The year planned.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The year's sales target.
   *
   * @return the target, not negative
   */
  public abstract MonetaryAmount salesTarget();

  /**
   * The year's objectives.
   *
   * @return the objectives
   */
  public abstract List<Objective> objectives();

  /**
   * Both sides' commitments.
   *
   * @return the commitments
   */
  @Override
  public abstract List<Commitment> commitments();

  /** Holds every amount as a bounded {@code Money} (equal amounts, equal values), then checks them. */
  @Value.Check
  AnnualCustomerPlan check() {
    Money salesTarget = Monies.of(salesTarget(), "salesTarget");
    if (salesTarget != salesTarget()) {
      return builder().from(this).salesTarget(salesTarget).build();
    }
    Args.notBlank(accountId(), "accountId");
    Args.notNegative(salesTarget(), "salesTarget");
    return this;
  }

  /** Builds an {@link AnnualCustomerPlan}; objectives and commitments are optional lists. */
  public static final class Builder extends ImmutableAnnualCustomerPlan.Builder {}
}
