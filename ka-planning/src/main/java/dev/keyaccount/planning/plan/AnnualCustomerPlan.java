package dev.keyaccount.planning.plan;

import dev.keyaccount.core.Args;
import dev.keyaccount.planning.objective.Objective;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The annual customer plan (客户年度计划): next year's targets for one account and the resources and
 * timing both sides commit.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnnualCustomerPlan {

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
  public abstract List<Commitment> commitments();

  /**
   * The commitments of one side.
   *
   * @param party the side
   * @return its commitments, in order
   * @throws NullPointerException if the party is null
   */
  public List<Commitment> commitmentsOf(Party party) {
    return Commitments.of(commitments(), party);
  }

  /**
   * The money one side commits, summed.
   *
   * @param party the side
   * @return the exact sum, empty when that side commits no amount
   * @throws NullPointerException if the party is null
   * @throws IllegalArgumentException if the amounts mix currencies
   */
  public Optional<? extends MonetaryAmount> investmentOf(Party party) {
    return Commitments.investment(commitments(), party);
  }

  @Value.Check
  void check() {
    Args.notBlank(accountId(), "accountId");
    Args.notNegative(salesTarget(), "salesTarget");
  }

  /** Builds an {@link AnnualCustomerPlan}; objectives and commitments are optional lists. */
  public static final class Builder extends ImmutableAnnualCustomerPlan.Builder {}
}
