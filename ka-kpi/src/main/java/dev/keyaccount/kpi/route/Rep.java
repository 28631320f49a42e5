package dev.keyaccount.kpi.route;

import dev.keyaccount.core.Args;
import java.time.DayOfWeek;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A sales rep (业务代表) who visits stores: the visits they can make a day and the days they work.
 *
 * <p>Bounds: the id not blank, at most 64 characters; capacity in {@code [1, }{@value #MAX_VISITS_PER_DAY}{@code ]}
 * visits a day; at least one working day. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Rep {

  /** The most visits a day a rep may be given. */
  public static final int MAX_VISITS_PER_DAY = 20;

  Rep() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a rep.
   *
   * @param repId the rep's id
   * @param visitsPerDay the visits the rep can make a day
   * @param workingDays the days the rep works
   * @return the rep
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is out of its bounds
   */
  public static Rep of(String repId, int visitsPerDay, Set<DayOfWeek> workingDays) {
    return builder().repId(repId).visitsPerDay(visitsPerDay).workingDays(workingDays).build();
  }

  /**
   * The rep's id.
   *
   * @return the id
   */
  public abstract String repId();

  /**
   * The visits the rep can make on a working day.
   *
   * @return the capacity
   */
  public abstract int visitsPerDay();

  /**
   * The days the rep works.
   *
   * @return the days, at least one
   */
  public abstract Set<DayOfWeek> workingDays();

  @Value.Check
  void check() {
    Ids.check(repId(), "repId");
    Args.check(visitsPerDay() >= 1 && visitsPerDay() <= MAX_VISITS_PER_DAY, "visitsPerDay",
        "be between 1 and " + MAX_VISITS_PER_DAY, visitsPerDay());
    Args.notEmpty(workingDays(), "workingDays");
  }

  /** Builds {@link Rep} values. */
  public static final class Builder extends ImmutableRep.Builder {}
}
