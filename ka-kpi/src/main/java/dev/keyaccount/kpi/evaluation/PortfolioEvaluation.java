package dev.keyaccount.kpi.evaluation;

import dev.keyaccount.core.result.FailureItem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluation of a portfolio of accounts: one {@link Evaluation} per account that could be
 * evaluated, in input order, and one {@link FailureItem} per account that could not
 * (its position in the portfolio, its account id, a typed reason and the message).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PortfolioEvaluation {

  PortfolioEvaluation() {}

  static PortfolioEvaluation of(List<Evaluation> evaluations, List<FailureItem> failures) {
    return ImmutablePortfolioEvaluation.builder().evaluations(evaluations).failures(failures).build();
  }

  /**
   * The evaluations, in input order.
   *
   * @return the evaluations
   */
  public abstract List<Evaluation> evaluations();

  /**
   * The accounts that could not be evaluated, in input order.
   *
   * @return the failure items
   */
  public abstract List<FailureItem> failures();

  /**
   * Returns whether any account could not be evaluated.
   *
   * @return true if there are failures
   */
  public boolean hasFailures() {
    return !failures().isEmpty();
  }

  /**
   * Returns the evaluation of an account.
   *
   * @param accountId the account's id
   * @return its evaluation, or empty if it was not evaluated
   */
  public Optional<Evaluation> evaluation(String accountId) {
    for (Evaluation e : evaluations()) {
      if (e.accountId().equals(accountId)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Groups the evaluations by quadrant; every quadrant is a key, in input order within each.
   *
   * @return the evaluations per quadrant
   */
  public Map<AccountQuadrant, List<Evaluation>> byQuadrant() {
    Map<AccountQuadrant, List<Evaluation>> result = new EnumMap<>(AccountQuadrant.class);
    for (AccountQuadrant q : AccountQuadrant.values()) {
      result.put(q, new ArrayList<>());
    }
    for (Evaluation e : evaluations()) {
      result.get(e.quadrant()).add(e);
    }
    result.replaceAll((q, list) -> List.copyOf(list));
    return result;
  }
}
