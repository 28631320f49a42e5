package dev.keyaccount.kpi.evaluation;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.result.FailureReason;
import dev.keyaccount.core.result.Failures;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates accounts against a scorecard (客户评估): the points per criterion, the two axis totals, the
 * quadrant and the service policy.
 *
 * <p>{@link #DEFAULT} uses {@link Scorecard#standard()}. A single evaluation fails on a missing fact,
 * a value outside every band or a currency mismatch, naming the criterion; a portfolio evaluation
 * reports them as failure items per account and evaluates the others. This class is stateless and
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
   * Evaluates a portfolio of accounts, reporting a failure item per account it cannot evaluate and
   * evaluating the others: a null entry ({@code NULL_ITEM}), a repeated account id ({@code DUPLICATE_ID},
   * the later entry), a missing fact ({@code MISSING_VALUE}), sales in another currency
   * ({@code CURRENCY_MISMATCH}) or a value outside the bands ({@code INVALID_VALUE}).
   *
   * @param portfolio the accounts' facts
   * @return the evaluations and failures, in input order
   * @throws NullPointerException if the portfolio is null
   */
  public PortfolioEvaluation evaluatePortfolio(List<AccountFacts> portfolio) {
    Args.notNull(portfolio, "portfolio");
    List<Evaluation> evaluations = new ArrayList<>(portfolio.size());
    Failures failures = new Failures("portfolio");
    for (int i = 0; i < portfolio.size(); i++) {
      AccountFacts facts = portfolio.get(i);
      if (failures.isNull(facts, i) || failures.isDuplicate(facts.accountId(), i)) {
        continue;
      }
      try {
        evaluations.add(compiled.evaluate(scorecard, facts));
      } catch (Scorecard.MissingFactException e) {
        failures.add(i, facts.accountId(), FailureReason.MISSING_VALUE, e.getMessage());
      } catch (IllegalArgumentException e) {
        failures.rejected(i, facts.accountId(), e);
      }
    }
    return PortfolioEvaluation.of(evaluations, failures.items());
  }
}
