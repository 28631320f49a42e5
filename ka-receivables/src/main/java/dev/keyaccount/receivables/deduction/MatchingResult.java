package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.result.FailureItem;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The outcome of a matching run: one {@link DeductionResult} per accepted deduction, one
 * {@link AuthorizationBalance} per accepted authorization, the rejected lines with their reasons, and
 * the {@link MatchingSummary}.
 *
 * <p>A run over a million lines keeps its outcome compactly, in arrays of minor units; the per-line
 * values are built when read, so reading the whole list costs more than the run itself. Deduction
 * results are listed in the order the run settled them: by date, then amount, then id (so shuffled
 * input gives the same list); balances likewise by the authorizations' date, amount and id. This class
 * is immutable and thread-safe.
 */
public final class MatchingResult {

  private final RunOutcome run;
  private final MatchingSummary summary;
  private final List<FailureItem> rejected;
  private volatile Map<String, Integer> deductionIndex;
  private final Lazy<DeductionLedger> ledger = new Lazy<>(null);

  MatchingResult(RunOutcome run, MatchingSummary summary, List<FailureItem> rejected) {
    this.run = run;
    this.summary = summary;
    this.rejected = List.copyOf(rejected);
  }

  /**
   * The run's totals, counts and rates.
   *
   * @return the summary
   */
  public MatchingSummary summary() {
    return summary;
  }

  /**
   * The lines that could not be matched at all (a null line, wrong currency, amount not positive or
   * beyond the bound, blank account, a date or length beyond the bounds, an id repeated in the run or
   * of an earlier run's deduction…), as failure items: input {@code "deductions"} or
   * {@code "authorizations"}, the line's position in the collection passed, its id, a typed reason and
   * the message. They are in none of the totals. Of lines with one id, the first in the input is kept
   * and the later ones are failures ({@code DUPLICATE_ID}).
   *
   * @return the failure items, the deductions' first, each input's in input order
   */
  public List<FailureItem> rejected() {
    return rejected;
  }

  /**
   * One result per accepted deduction, by date, amount and id.
   *
   * @return an unmodifiable list whose elements are built when read
   */
  public List<DeductionResult> deductionResults() {
    return new AbstractList<>() {
      @Override
      public DeductionResult get(int index) {
        Args.check(index >= 0 && index < run.deductionCount(), "index", "be within the results", index);
        return run.deductionResult(index);
      }

      @Override
      public int size() {
        return run.deductionCount();
      }
    };
  }

  /**
   * This run's results as columns, in the order of {@link #deductionResults()}: the figures of each
   * result without a {@link DeductionResult} built per line, for writing a million of them to a file.
   *
   * @return the columns
   */
  public ResultColumns resultColumns() {
    return new ResultColumns(run, currency());
  }

  /**
   * The ids of {@link #deductionResults()}, in the same order, without building the results: for
   * sorting or indexing a large run cheaply.
   *
   * @return an unmodifiable list
   */
  public List<String> deductionIds() {
    return new AbstractList<>() {
      @Override
      public String get(int index) {
        Args.check(index >= 0 && index < run.deductionCount(), "index", "be within the results", index);
        return run.deductionId(index);
      }

      @Override
      public int size() {
        return run.deductionCount();
      }
    };
  }

  /**
   * The deductions of earlier runs whose state this run changed (a deduction that awaited its
   * complement, settled when the complement arrived; an unauthorized one matched to an authorization
   * listed for the first time), by date and id.
   *
   * @return their new results
   */
  public List<DeductionResult> changedDeductions() {
    List<DeductionResult> changed = new ArrayList<>();
    for (int d : run.changedCarried()) {
      changed.add(run.deductionResult(d));
    }
    return Collections.unmodifiableList(changed);
  }

  /**
   * The ledger to carry into the next run: the one this run started from plus this run's deductions,
   * their consumptions and the changes to earlier deductions. Built on first call and kept.
   *
   * @return the next ledger
   */
  public DeductionLedger ledger() {
    return ledger.get(run::nextLedger);
  }

  /**
   * The result of one deduction.
   *
   * @param deductionId the deduction's id
   * @return its result, or empty if no accepted deduction has that id
   * @throws NullPointerException if the id is null
   */
  public Optional<DeductionResult> deductionResult(String deductionId) {
    Args.notNull(deductionId, "deductionId");
    Integer index = index().get(deductionId);
    return index == null ? Optional.empty() : Optional.of(run.deductionResult(index));
  }

  /**
   * The balance of every accepted authorization, by date, amount and id.
   *
   * @return an unmodifiable list whose elements are built when read
   */
  public List<AuthorizationBalance> authorizationBalances() {
    return new AbstractList<>() {
      @Override
      public AuthorizationBalance get(int index) {
        Args.check(index >= 0 && index < run.authorizationCount(), "index", "be within the balances", index);
        return run.authorizationBalance(index);
      }

      @Override
      public int size() {
        return run.authorizationCount();
      }
    };
  }

  /**
   * The authorizations with something left, by date, amount and id. The list is unmodifiable and
   * builds each balance when it is read, as {@link #deductionResults()} does: a caller that shows the
   * first rows of a million open authorizations builds only those.
   *
   * @return the open balances
   */
  public List<AuthorizationBalance> openAuthorizations() {
    int[] open = new int[run.authorizationCount()];
    int count = 0;
    for (int i = 0; i < open.length; i++) {
      if (run.authorizationRemaining(i) > 0) {
        open[count++] = i;
      }
    }
    int size = count;
    return new AbstractList<>() {
      @Override
      public AuthorizationBalance get(int index) {
        Args.check(index >= 0 && index < size, "index", "be within the open balances", index);
        return run.authorizationBalance(open[index]);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /**
   * The results in one state, by date, amount and id.
   *
   * @param state the state
   * @return the deductions' results in that state
   * @throws NullPointerException if the state is null
   */
  public List<DeductionResult> deductionResults(DeductionState state) {
    Args.notNull(state, "state");
    List<DeductionResult> selected = new ArrayList<>();
    for (int i = 0; i < run.deductionCount(); i++) {
      if (run.deductionState(i) == state) {
        selected.add(run.deductionResult(i));
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /**
   * The currency of the run.
   *
   * @return the policy's currency
   */
  public CurrencyUnit currency() {
    return summary.totalDeducted().getCurrency();
  }

  private Map<String, Integer> index() {
    Map<String, Integer> index = deductionIndex;
    if (index == null) {
      index = new HashMap<>(run.deductionCount() * 2);
      for (int i = 0; i < run.deductionCount(); i++) {
        index.put(run.deductionId(i), i);
      }
      deductionIndex = index;
    }
    return index;
  }

  @Override
  public String toString() {
    return "MatchingResult{" + summary + "}";
  }
}
