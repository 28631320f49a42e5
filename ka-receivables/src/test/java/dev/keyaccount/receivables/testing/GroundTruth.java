package dev.keyaccount.receivables.testing;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.receivables.deduction.AuthorizationMatch;
import dev.keyaccount.receivables.deduction.DeductionResult;
import dev.keyaccount.receivables.deduction.DeductionState;
import dev.keyaccount.receivables.deduction.MatchingResult;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What truly explains each generated deduction, what the documented matching rules make of it, and
 * the check of a matching run against it. The truth is kept by the number {@code i} in the deduction
 * id {@code "D<i>"} (a long id {@code "D<i>-XXX…"} included). Immutable and thread-safe.
 */
public final class GroundTruth {

  /** What a generated deduction truly is, and which outcomes of a run are right for it. */
  public enum Kind {
    /**
     * Explained by one or more known authorizations, which the rules find (by reference, amount or an
     * exact combination). Right: valid or partly valid, matched only to those authorizations.
     */
    MATCH,
    /**
     * The same claim as an earlier deduction (same account, type, reference once normalised and
     * amount), in the same remittance or an earlier week's. Right: {@link DeductionState#DUPLICATE}.
     */
    DUPLICATE,
    /**
     * Explained by nothing (an unknown claim number, or a fine under an unmapped reason code). Right:
     * unauthorized, or written off if small.
     */
    UNKNOWN,
    /**
     * Truly ambiguous (the adversarial case: identical lines, no references). Right:
     * {@link DeductionState#UNRESOLVED}.
     */
    AMBIGUOUS,
    /**
     * Explained by one authorization that has a twin by the rules: another of the same account and
     * type within the date window whose amount is as close (the same, or within the tolerance of a
     * near amount), while the deduction names neither by reference. Nobody can tell which of the tied
     * authorizations it claims. Right: {@link DeductionState#UNRESOLVED}, or a match to tied ones only
     * ({@link #authorizationIds} lists them all, the true one first).
     */
    TIED,
    /**
     * Explained by one authorization, but quoting its reference with more edits than the policy's
     * {@code maxReferenceEdits}: the rules never match it by amount to that authorization. Right:
     * unauthorized or written off (a dispute the account manager settles), or a match to the true
     * authorization.
     */
    MISQUOTED,
    /**
     * Explained by authorizations that, by the rules, another deduction takes first: one of them is
     * also acceptable for a {@link #TIED} deduction (a twin, or a member of two authorizations that
     * add up exactly to a near amount, which the combination pass prefers). Right: matched only to
     * its true authorizations, or not matched (unauthorized, written off, unresolved).
     */
    CONTESTED,
    /**
     * A part of a split without a reference (several deductions, one authorization) whose split the
     * rules cannot complete: a part dated before the split's last date has, in its group, more than
     * the policy's {@code maxCombinationCandidates} authorizations within its window and amount. The
     * rules do not search three parts among so many when the part is matched, so that part, with no
     * pair, no waiting deductions to complete and no near amount, is left unresolved on its date (or
     * unauthorized, when no three of the authorizations still open add up); the later parts may then
     * complete it or not. Every part of such a
     * split is of this kind. (A part on the split's last date, or a near amount, beyond the search is
     * decided by the later passes, so it is a {@link #MATCH}.) Right: matched only to its true
     * authorizations, or not matched.
     */
    UNSEARCHED,
    /**
     * A bad line (an amount beyond the bound, a date outside the range, an id too long, another
     * currency). Right: rejected.
     */
    REJECTED
  }

  private final Kind[] kinds;
  private final int[][] authorizations;
  private final int[] repeatedIds;

  private GroundTruth(Kind[] kinds, int[][] authorizations, int[] repeatedIds) {
    this.kinds = kinds;
    this.authorizations = authorizations;
    this.repeatedIds = repeatedIds;
  }

  /**
   * What the deduction with this id truly is.
   *
   * @param deductionId a generated deduction id, {@code "D<i>"}
   * @return its kind
   */
  public Kind kind(String deductionId) {
    return kinds[index(deductionId)];
  }

  /**
   * The ids of the authorizations that truly explain a deduction (for a duplicate, its original's;
   * for a tie, every tied authorization, the true one first).
   *
   * @param deductionId a generated deduction id
   * @return the authorization ids, empty for an unknown claim or a bad line
   */
  public String[] authorizationIds(String deductionId) {
    int[] ids = authorizations[index(deductionId)];
    return ids == null ? new String[0] : Arrays.stream(ids).mapToObj(i -> "A" + i).toArray(String[]::new);
  }

  /**
   * How many further lines carry this deduction's id (each expected to be rejected as repeated).
   *
   * @param deductionId a generated deduction id
   * @return the count of repeats, 0 for most
   */
  public int repeats(String deductionId) {
    return repeatedIds[index(deductionId)];
  }

  /**
   * Checks a matching run against the truth.
   *
   * @param result the run's outcome over this remittance
   * @return the evaluation
   */
  public Evaluation evaluate(MatchingResult result) {
    Args.notNull(result, "result");
    return evaluate(result.deductionResults(), result.rejected());
  }

  /**
   * Checks the final decisions of one or more runs (such as weekly runs through a ledger, each
   * deduction's latest result) against the truth.
   *
   * @param results one result per accepted deduction
   * @param rejected the failure items of the runs (those of authorizations are ignored)
   * @return the evaluation
   */
  public Evaluation evaluate(Iterable<DeductionResult> results, Iterable<FailureItem> rejected) {
    Args.notNull(results, "results");
    Args.notNull(rejected, "rejected");
    Evaluation e = new Evaluation();
    for (DeductionResult r : results) {
      int d = index(r.deductionId());
      e.accepted(kinds[d], r.state(), rightOutcome(d, r), isMatched(r) && !acceptableMatches(d, r),
          isMatched(r) && authorizations[d] != null && acceptableMatches(d, r));
    }
    int[] repeatsLeft = repeatedIds.clone();
    for (FailureItem line : rejected) {
      if (!line.input().equals("deductions") || line.itemId().isEmpty()) {
        continue;
      }
      int d = index(line.itemId().get());
      boolean right = kinds[d] == Kind.REJECTED;
      if (!right && repeatsLeft[d] > 0) {
        repeatsLeft[d]--;
        right = true;
      }
      e.rejected(right ? Kind.REJECTED : kinds[d], right);
    }
    return e;
  }

  private boolean rightOutcome(int d, DeductionResult r) {
    DeductionState state = r.state();
    switch (kinds[d]) {
      case MATCH:
        return isMatched(r) && acceptableMatches(d, r);
      case DUPLICATE:
        return state == DeductionState.DUPLICATE;
      case UNKNOWN:
        return state == DeductionState.UNAUTHORIZED || state == DeductionState.WRITTEN_OFF;
      case AMBIGUOUS:
        return state == DeductionState.UNRESOLVED;
      case TIED:
        return state == DeductionState.UNRESOLVED || isMatched(r) && acceptableMatches(d, r);
      case CONTESTED:
      case UNSEARCHED:
        return state == DeductionState.UNRESOLVED || state == DeductionState.UNAUTHORIZED
            || state == DeductionState.WRITTEN_OFF || isMatched(r) && acceptableMatches(d, r);
      case MISQUOTED:
        return state == DeductionState.UNAUTHORIZED || state == DeductionState.WRITTEN_OFF
            || isMatched(r) && acceptableMatches(d, r);
      default:
        return false;
    }
  }

  private static boolean isMatched(DeductionResult r) {
    return r.state() == DeductionState.VALID || r.state() == DeductionState.PARTIALLY_VALID;
  }

  /** Whether every authorization the deduction was matched to is one the truth accepts for it. */
  private boolean acceptableMatches(int d, DeductionResult r) {
    Kind kind = kinds[d];
    if (kind != Kind.MATCH && kind != Kind.TIED && kind != Kind.MISQUOTED && kind != Kind.CONTESTED
        && kind != Kind.UNSEARCHED) {
      return r.matches().isEmpty();
    }
    int[] truth = authorizations[d];
    for (AuthorizationMatch m : r.matches()) {
      int a = Integer.parseInt(m.authorizationId().substring(1));
      if (Arrays.stream(truth).noneMatch(t -> t == a)) {
        return false;
      }
    }
    return true;
  }

  /** The number in {@code "D<i>"} or {@code "D<i>-…"}. */
  private static int index(String deductionId) {
    int end = 1;
    while (end < deductionId.length() && Character.isDigit(deductionId.charAt(end))) {
      end++;
    }
    return Integer.parseInt(deductionId.substring(1, end));
  }

  /** Records the truth while a remittance is generated. Not thread-safe. */
  static final class Recorder {
    private Kind[] kinds;
    private int[][] authorizations;
    private int[] repeatedIds;

    Recorder(int capacity) {
      kinds = new Kind[Math.max(16, capacity)];
      authorizations = new int[kinds.length][];
      repeatedIds = new int[kinds.length];
    }

    void match(int deduction, int... truth) {
      set(deduction, Kind.MATCH, truth.clone());
    }

    void duplicate(int deduction, int original) {
      set(deduction, Kind.DUPLICATE, authorizations[original]);
    }

    void unknown(int deduction) {
      set(deduction, Kind.UNKNOWN, null);
    }

    void ambiguous(int deduction) {
      set(deduction, Kind.AMBIGUOUS, null);
    }

    void tied(int deduction, int... tied) {
      set(deduction, Kind.TIED, tied.clone());
    }

    void misquoted(int deduction) {
      set(deduction, Kind.MISQUOTED, authorizations[deduction]);
    }

    void contested(int deduction) {
      set(deduction, Kind.CONTESTED, authorizations[deduction]);
    }

    void unsearched(int deduction) {
      set(deduction, Kind.UNSEARCHED, authorizations[deduction]);
    }

    void rejected(int deduction) {
      set(deduction, Kind.REJECTED, null);
    }

    void repeated(int deduction) {
      repeatedIds[deduction]++;
    }

    Kind kind(int deduction) {
      return deduction < kinds.length ? kinds[deduction] : null;
    }

    int[] authorizations(int deduction) {
      return authorizations[deduction];
    }

    private void set(int deduction, Kind kind, int[] truth) {
      if (deduction >= kinds.length) {
        int capacity = Math.max(deduction + 1, kinds.length * 2);
        kinds = Arrays.copyOf(kinds, capacity);
        authorizations = Arrays.copyOf(authorizations, capacity);
        repeatedIds = Arrays.copyOf(repeatedIds, capacity);
      }
      kinds[deduction] = kind;
      authorizations[deduction] = truth;
    }

    GroundTruth build() {
      return new GroundTruth(kinds, authorizations, repeatedIds);
    }
  }

  /** The figures of one kind of deduction in an {@link Evaluation}. */
  public static final class Tally {
    private int lines;
    private int right;
    private int wrongMatches;
    private int unresolved;
    private int rejected;
    private int matched;

    /**
     * The lines of this kind matched, and only to authorizations the truth accepts for them: for
     * {@link Kind#UNSEARCHED} or {@link Kind#CONTESTED}, how many the matcher found although the rules
     * let it leave them open.
     *
     * @return the count
     */
    public int matched() {
      return matched;
    }

    /**
     * The lines of this kind.
     *
     * @return the count
     */
    public int lines() {
      return lines;
    }

    /**
     * The lines of this kind decided rightly.
     *
     * @return the count
     */
    public int right() {
      return right;
    }

    /**
     * The lines of this kind matched to an authorization the truth does not accept.
     *
     * @return the count
     */
    public int wrongMatches() {
      return wrongMatches;
    }

    /**
     * The lines of this kind left unresolved.
     *
     * @return the count
     */
    public int unresolved() {
      return unresolved;
    }

    /**
     * The lines of this kind rejected.
     *
     * @return the count
     */
    public int rejected() {
      return rejected;
    }

    @Override
    public String toString() {
      return "lines=" + lines + ", right=" + right + ", matched=" + matched + ", wrongMatches=" + wrongMatches
          + ", unresolved=" + unresolved + ", rejected=" + rejected;
    }
  }

  /**
   * How a matching run compares with the truth: per line, whether its decision (a state, the
   * authorizations matched, or its rejection) is one the truth accepts, with the figures per
   * {@link Kind}. A repeated id's extra line counts as a line of kind {@link Kind#REJECTED}.
   */
  public static final class Evaluation {
    private int total;
    private int correct;
    private int wrongMatches;
    private int unresolved;
    private int rightlyRejected;
    private int wronglyRejected;
    private int missedRejections;
    private final Map<Kind, Tally> byKind = new EnumMap<>(Kind.class);

    Evaluation() {}

    void accepted(Kind kind, DeductionState state, boolean right, boolean wrongMatch, boolean matched) {
      Tally t = tally(kind);
      total++;
      t.lines++;
      if (matched) {
        t.matched++;
      }
      if (state == DeductionState.UNRESOLVED) {
        unresolved++;
        t.unresolved++;
      }
      if (right) {
        correct++;
        t.right++;
      }
      if (wrongMatch) {
        wrongMatches++;
        t.wrongMatches++;
      }
      if (kind == Kind.REJECTED) {
        missedRejections++;
      }
    }

    void rejected(Kind kind, boolean right) {
      Tally t = tally(kind);
      t.lines++;
      t.rejected++;
      if (right) {
        rightlyRejected++;
        t.right++;
      } else {
        wronglyRejected++;
      }
    }

    private Tally tally(Kind kind) {
      return byKind.computeIfAbsent(kind, k -> new Tally());
    }

    /**
     * The deductions the run accepted (those with a result).
     *
     * @return the count
     */
    public int total() {
      return total;
    }

    /**
     * The accepted deductions decided rightly: matched only to acceptable authorizations, or in a
     * state the truth accepts for their kind.
     *
     * @return the count
     */
    public int correct() {
      return correct;
    }

    /**
     * The deductions matched to an authorization the truth does not accept for them; must be zero.
     *
     * @return the count
     */
    public int wrongMatches() {
      return wrongMatches;
    }

    /**
     * The deductions left unresolved.
     *
     * @return the count
     */
    public int unresolved() {
      return unresolved;
    }

    /**
     * The share of accepted deductions decided rightly: correct / total (1 for no deductions).
     *
     * @return a fraction between 0 and 1
     */
    public double autoMatchedShare() {
      return total == 0 ? 1.0 : (double) correct / total;
    }

    /**
     * Every line: accepted deductions and rejected ones.
     *
     * @return the count
     */
    public int lines() {
      return total + rightlyRejected + wronglyRejected;
    }

    /**
     * The lines decided rightly: accepted ones decided rightly and bad lines rejected.
     *
     * @return the count
     */
    public int right() {
      return correct + rightlyRejected;
    }

    /**
     * The share of lines decided rightly: right / lines (1 for no line).
     *
     * @return a fraction between 0 and 1
     */
    public double rightShare() {
      return lines() == 0 ? 1.0 : (double) right() / lines();
    }

    /**
     * The bad lines (and repeated ids) rejected, as they should be.
     *
     * @return the count
     */
    public int rightlyRejected() {
      return rightlyRejected;
    }

    /**
     * The good lines rejected.
     *
     * @return the count
     */
    public int wronglyRejected() {
      return wronglyRejected;
    }

    /**
     * The bad lines accepted though they should have been rejected.
     *
     * @return the count
     */
    public int missedRejections() {
      return missedRejections;
    }

    /**
     * The figures per kind of line, for the kinds present.
     *
     * @return an unmodifiable map, in the order of {@link Kind}
     */
    public Map<Kind, Tally> byKind() {
      return Collections.unmodifiableMap(byKind);
    }

    /**
     * The figures of every line, one kind a line, for people to read.
     *
     * @return the report
     */
    public String report() {
      StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT,
          "lines=%d right=%d (%.3f%%) wrongMatches=%d unresolved=%d rightlyRejected=%d wronglyRejected=%d"
              + " missedRejections=%d%n", lines(), right(), 100 * rightShare(), wrongMatches, unresolved,
          rightlyRejected, wronglyRejected, missedRejections));
      byKind.forEach((kind, t) -> out.append("  ").append(kind).append(": ").append(t).append('\n'));
      return out.toString();
    }

    @Override
    public String toString() {
      return "Evaluation{total=" + total + ", correct=" + correct + ", wrongMatches=" + wrongMatches
          + ", unresolved=" + unresolved + ", autoMatchedShare=" + autoMatchedShare() + ", lines=" + lines()
          + ", rightShare=" + rightShare() + ", rightlyRejected=" + rightlyRejected + ", wronglyRejected="
          + wronglyRejected + ", missedRejections=" + missedRejections + ", byKind=" + byKind + "}";
    }
  }
}
