package dev.keyaccount.kpi.evaluation;

import dev.keyaccount.core.Args;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluates accounts against a scorecard (客户评估): the points per criterion, the two axis totals, the
 * quadrant and the service policy.
 *
 * <p>{@link #DEFAULT} uses {@link Scorecard#standard()}. A single evaluation fails on a missing fact,
 * a value outside every band or a currency mismatch, naming the criterion; a portfolio evaluation
 * reports such problems per account and evaluates the others. This class is stateless and
 * thread-safe.
 */
public final class AccountEvaluator {

  /** The evaluator of the standard scorecard. */
  public static final AccountEvaluator DEFAULT = new AccountEvaluator(Scorecard.standard());

  private final Scorecard scorecard;
  private final Scorecard.Compiled compiled;

  /**
   * Creates an evaluator for a scorecard.
   *
   * @param scorecard the scorecard
   * @throws NullPointerException if the scorecard is null
   */
  public AccountEvaluator(Scorecard scorecard) {
    this.scorecard = Args.notNull(scorecard, "scorecard");
    this.compiled = scorecard.compiled();
  }

  /**
   * The scorecard used.
   *
   * @return the scorecard
   */
  public Scorecard scorecard() {
    return scorecard;
  }

  /**
   * Evaluates one account.
   *
   * @param facts the account's facts
   * @return the evaluation
   * @throws NullPointerException if the facts are null
   * @throws IllegalArgumentException naming the criterion if a fact it needs is missing or lies outside
   *     its bands, or naming both currencies if annual sales are not in the scorecard's currency
   */
  public Evaluation evaluate(AccountFacts facts) {
    return compiled.evaluate(scorecard, Args.notNull(facts, "facts"));
  }

  /**
   * Evaluates a portfolio of accounts, reporting per-account problems instead of failing: a null entry,
   * a duplicate account id (the later entry), or anything {@link #evaluate} rejects.
   *
   * @param portfolio the accounts' facts
   * @return the evaluations and problems, in input order
   * @throws NullPointerException if the portfolio is null
   */
  public PortfolioEvaluation evaluatePortfolio(List<AccountFacts> portfolio) {
    Args.notNull(portfolio, "portfolio");
    List<Evaluation> evaluations = new ArrayList<>(portfolio.size());
    List<AccountProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < portfolio.size(); i++) {
      AccountFacts facts = portfolio.get(i);
      if (facts == null) {
        problems.add(AccountProblem.of(i, null, Args.message("portfolio[" + i + "]", "not be null", "null")));
      } else if (!seen.add(facts.accountId())) {
        problems.add(AccountProblem.of(i, facts.accountId(),
            Args.message("portfolio[" + i + "]", "have a unique account id", "'" + facts.accountId() + "'")));
      } else {
        try {
          evaluations.add(compiled.evaluate(scorecard, facts));
        } catch (IllegalArgumentException e) {
          problems.add(AccountProblem.of(i, facts.accountId(), e.getMessage()));
        }
      }
    }
    return PortfolioEvaluation.of(evaluations, problems);
  }
}
