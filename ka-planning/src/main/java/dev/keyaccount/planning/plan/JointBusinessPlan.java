package dev.keyaccount.planning.plan;

import dev.keyaccount.core.Args;
import dev.keyaccount.planning.objective.Objective;
import java.util.List;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A Joint Business Plan (JBP, 联合生意计划) with a strategic partner: objectives both sides share and
 * each side's commitments.
 *
 * <p>A JBP needs at least one shared objective and at least one commitment from each side. This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class JointBusinessPlan implements CustomerPlan {

  JointBusinessPlan() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The partner account.
   *
   * @return the account id, not blank
   */
  @Override
  public abstract String accountId();

  /**
   * The period the plan covers, half-open.
   *
   * @return a bounded, non-empty period
   */
  public abstract LocalDateRange period();

  /**
   * The objectives both sides share.
   *
   * @return at least one objective
   */
  public abstract List<Objective> sharedObjectives();

  /**
   * Both sides' commitments.
   *
   * @return the commitments, at least one per side
   */
  @Override
  public abstract List<Commitment> commitments();

  @Value.Check
  void check() {
    Args.notBlank(accountId(), "accountId");
    Args.check(!period().isEmpty() && !period().isUnboundedStart() && !period().isUnboundedEnd(), "period",
        "be a bounded, non-empty range", period());
    Args.notEmpty(sharedObjectives(), "sharedObjectives");
    for (Party party : Party.values()) {
      if (commitmentsOf(party).isEmpty()) {
        throw Args.invalid("commitments", "include at least one commitment of the " + party, commitments());
      }
    }
  }

  /** Builds a {@link JointBusinessPlan}; every attribute is required. */
  public static final class Builder extends ImmutableJointBusinessPlan.Builder {}
}
