package dev.keyaccount.kpi.route;

import dev.keyaccount.core.Args;
import dev.keyaccount.kpi.evaluation.AccountQuadrant;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Visits per week for a store of each quadrant (拜访频率), as data.
 *
 * <p>The {@link #standard()} map follows the service policies of DOMAIN.md §3: Star (high-frequency
 * visits) 3 a week, Question mark (high-quality visits) 2, Cash cow (moderate visits) 1, Dog (minimum
 * visits, keep a presence) 1. Every quadrant must have a frequency in {@code [0, }{@value #MAX_PER_WEEK}{@code ]}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VisitFrequencies {

  /** The most visits a week a store may be given. */
  public static final int MAX_PER_WEEK = 7;

  private static final VisitFrequencies STANDARD = of(Map.of(AccountQuadrant.STAR, 3,
      AccountQuadrant.QUESTION_MARK, 2, AccountQuadrant.CASH_COW, 1, AccountQuadrant.DOG, 1));

  VisitFrequencies() {}

  /**
   * Returns the frequencies of the four quadrants.
   *
   * @param perWeek visits per week by quadrant, every quadrant present
   * @return the frequencies
   * @throws NullPointerException if the map, a key or a value is null
   * @throws IllegalArgumentException if a quadrant is missing or a frequency is out of its bounds
   */
  public static VisitFrequencies of(Map<AccountQuadrant, Integer> perWeek) {
    Args.notNull(perWeek, "perWeek");
    return ImmutableVisitFrequencies.builder().perWeek(new EnumMap<>(perWeek)).build();
  }

  /**
   * The standard frequencies: Star 3, Question mark 2, Cash cow 1, Dog 1 a week.
   *
   * @return the standard frequencies
   */
  public static VisitFrequencies standard() {
    return STANDARD;
  }

  /**
   * Visits per week by quadrant.
   *
   * @return the frequencies, one per quadrant in quadrant order
   */
  public abstract Map<AccountQuadrant, Integer> perWeek();

  /**
   * The visits per week of a quadrant's store.
   *
   * @param quadrant the quadrant
   * @return the frequency
   */
  public int of(AccountQuadrant quadrant) {
    return perWeek().get(Args.notNull(quadrant, "quadrant"));
  }

  @Value.Check
  void check() {
    for (AccountQuadrant q : AccountQuadrant.values()) {
      Integer f = perWeek().get(q);
      if (f == null) {
        throw Args.invalid("perWeek", "have a frequency for " + q, perWeek());
      }
      if (!(f >= 0 && f <= MAX_PER_WEEK)) {
        throw Args.invalid("perWeek[" + q + "]", "be between 0 and " + MAX_PER_WEEK, f);
      }
    }
  }
}
