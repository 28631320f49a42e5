package dev.keyaccount.receivables.testing;

import dev.keyaccount.core.Args;
import dev.keyaccount.receivables.deduction.AuthorizationMatch;
import dev.keyaccount.receivables.deduction.DeductionResult;
import dev.keyaccount.receivables.deduction.DeductionState;
import dev.keyaccount.receivables.deduction.MatchingResult;
import java.util.Arrays;

/**
 * What truly explains each generated deduction, and the check of a matching run against it. Immutable
 * and thread-safe.
 */
public final class GroundTruth {

  /** What a generated deduction truly is. */
  public enum Kind {
    /** Explained by one or more known authorizations. */
    MATCH,
    /** The same claim as an earlier deduction. */
    DUPLICATE,
    /** Explained by nothing: unauthorized, or written off if small. */
    UNKNOWN,
    /** Truly ambiguous (the adversarial case): any state but a match is right. */
    AMBIGUOUS
  }

  private final Kind[] kinds;
  private final int[][] authorizations;

  private GroundTruth(Kind[] kinds, int[][] authorizations) {
    this.kinds = kinds;
    this.authorizations = authorizations;
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
   * The ids of the authorizations that truly explain a deduction (for a duplicate, its original's).
   *
   * @param deductionId a generated deduction id
   * @return the authorization ids, empty for an unknown claim
   */
  public String[] authorizationIds(String deductionId) {
    int[] ids = authorizations[index(deductionId)];
    return ids == null ? new String[0] : Arrays.stream(ids).mapToObj(i -> "A" + i).toArray(String[]::new);
  }

  /**
   * Checks a matching run against the truth.
   *
   * @param result the run's outcome over this remittance
   * @return the evaluation
   */
  public Evaluation evaluate(MatchingResult result) {
    Args.notNull(result, "result");
    int correct = 0;
    int wrong = 0;
    int unresolved = 0;
    int total = 0;
    for (DeductionResult r : result.deductionResults()) {
      total++;
      int d = index(r.deductionId());
      boolean matched = r.state() == DeductionState.VALID || r.state() == DeductionState.PARTIALLY_VALID;
      if (r.state() == DeductionState.UNRESOLVED) {
        unresolved++;
        if (kinds[d] == Kind.AMBIGUOUS) {
          correct++;
        }
      } else if (matched) {
        if (kinds[d] == Kind.MATCH && allTrue(r, authorizations[d])) {
          correct++;
        } else {
          wrong++;
        }
      } else if (kinds[d] == Kind.DUPLICATE && r.state() == DeductionState.DUPLICATE
          || kinds[d] == Kind.UNKNOWN
              && (r.state() == DeductionState.UNAUTHORIZED || r.state() == DeductionState.WRITTEN_OFF)) {
        correct++;
      }
    }
    return new Evaluation(total, correct, wrong, unresolved);
  }

  private static boolean allTrue(DeductionResult r, int[] truth) {
    for (AuthorizationMatch m : r.matches()) {
      int a = Integer.parseInt(m.authorizationId().substring(1));
      if (Arrays.stream(truth).noneMatch(t -> t == a)) {
        return false;
      }
    }
    return true;
  }

  private static int index(String deductionId) {
    return Integer.parseInt(deductionId.substring(1));
  }

  /** Records the truth while a remittance is generated. Not thread-safe. */
  static final class Recorder {
    private Kind[] kinds;
    private int[][] authorizations;

    Recorder(int capacity) {
      kinds = new Kind[Math.max(16, capacity)];
      authorizations = new int[kinds.length][];
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

    private void set(int deduction, Kind kind, int[] truth) {
      if (deduction >= kinds.length) {
        int capacity = Math.max(deduction + 1, kinds.length * 2);
        kinds = Arrays.copyOf(kinds, capacity);
        authorizations = Arrays.copyOf(authorizations, capacity);
      }
      kinds[deduction] = kind;
      authorizations[deduction] = truth;
    }

    GroundTruth build() {
      return new GroundTruth(kinds, authorizations);
    }
  }

  /** How a matching run compares with the truth. */
  public static final class Evaluation {
    private final int total;
    private final int correct;
    private final int wrongMatches;
    private final int unresolved;

    Evaluation(int total, int correct, int wrongMatches, int unresolved) {
      this.total = total;
      this.correct = correct;
      this.wrongMatches = wrongMatches;
      this.unresolved = unresolved;
    }

    /**
     * The deductions evaluated.
     *
     * @return the count
     */
    public int total() {
      return total;
    }

    /**
     * The deductions settled automatically and rightly: matched only to true authorizations, or
     * rightly flagged duplicate, unauthorized or written off.
     *
     * @return the count
     */
    public int correct() {
      return correct;
    }

    /**
     * The deductions matched to an authorization that does not truly explain them; must be zero.
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
     * The share of deductions auto-matched rightly: correct / total (1 for no deductions).
     *
     * @return a fraction between 0 and 1
     */
    public double autoMatchedShare() {
      return total == 0 ? 1.0 : (double) correct / total;
    }

    @Override
    public String toString() {
      return "Evaluation{total=" + total + ", correct=" + correct + ", wrongMatches=" + wrongMatches
          + ", unresolved=" + unresolved + ", autoMatchedShare=" + autoMatchedShare() + "}";
    }
  }
}
