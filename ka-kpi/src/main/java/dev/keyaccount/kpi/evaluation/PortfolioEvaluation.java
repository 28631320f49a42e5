package dev.keyaccount.kpi.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluation of a portfolio of accounts: one {@link Evaluation} per account that could be
 * evaluated, in input order, and one {@link AccountProblem} per account that could not.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PortfolioEvaluation {

  PortfolioEvaluation() {}

  static PortfolioEvaluation of(List<Evaluation> evaluations, List<AccountProblem> problems) {
    return ImmutablePortfolioEvaluation.builder().evaluations(evaluations).problems(problems).build();
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
   * @return the problems
   */
  public abstract List<AccountProblem> problems();

  /**
   * Returns whether any account could not be evaluated.
   *
   * @return true if there are problems
   */
  public boolean hasProblems() {
    return !problems().isEmpty();
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
