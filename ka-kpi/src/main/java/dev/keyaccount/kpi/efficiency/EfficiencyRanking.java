package dev.keyaccount.kpi.efficiency;

import dev.keyaccount.core.result.FailureItem;
import java.util.List;
import org.immutables.value.Value;

/**
 * Stores or accounts ranked by expense efficiency, best first, with a failure item for each outcome
 * that could not be ranked. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EfficiencyRanking {

  EfficiencyRanking() {}

  static EfficiencyRanking of(List<Efficiency> ranked, List<FailureItem> failures) {
    return ImmutableEfficiencyRanking.builder().ranked(ranked).failures(failures).build();
  }

  /**
   * The efficiencies, lowest input/output ratio first, ties by id: the order in which the expense-first
   * principle funds them.
   *
   * @return the ranked efficiencies
   */
  public abstract List<Efficiency> ranked();

  /**
   * The outcomes left out, in input order: null, a repeated id, or spend in another currency than the
   * first outcome's.
   *
   * @return the failure items
   */
  public abstract List<FailureItem> failures();
}
