package dev.keyaccount.kpi.visit;

import dev.keyaccount.core.Args;
import org.immutables.value.Value;

/**
 * The visits to one account over a number of weeks: planned on the route, made, and successful (the
 * visit reached its objective). Successful ≤ made ≤ planned. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VisitLog {

  VisitLog() {}

  /**
   * Returns a log.
   *
   * @param accountId the account's id
   * @param weeks the weeks covered, positive
   * @param planned the visits planned, not negative
   * @param made the visits made, at most the visits planned
   * @param successful the successful visits, at most the visits made
   * @return the log
   * @throws NullPointerException if the account id is null
   * @throws IllegalArgumentException if a count is out of range
   */
  public static VisitLog of(String accountId, int weeks, int planned, int made, int successful) {
    return ImmutableVisitLog.builder().accountId(accountId).weeks(weeks).planned(planned).made(made)
        .successful(successful).build();
  }

  /**
   * The account's id.
   *
   * @return the id, not blank
   */
  public abstract String accountId();

  /**
   * The weeks covered.
   *
   * @return the weeks, positive
   */
  public abstract int weeks();

  /**
   * The visits planned on the route.
   *
   * @return the count, not negative
   */
  public abstract int planned();

  /**
   * The visits made.
   *
   * @return the count, at most {@link #planned()}
   */
  public abstract int made();

  /**
   * The visits that reached their objective.
   *
   * @return the count, at most {@link #made()}
   */
  public abstract int successful();

  @Value.Check
  void check() {
    Args.notBlank(accountId(), "accountId");
    Args.positive(weeks(), "weeks");
    Args.notNegative(planned(), "planned");
    Args.notNegative(made(), "made");
    if (made() > planned()) {
      throw Args.invalid("made", "not exceed the visits planned " + planned(), made());
    }
    Args.notNegative(successful(), "successful");
    if (successful() > made()) {
      throw Args.invalid("successful", "not exceed the visits made " + made(), successful());
    }
  }
}
