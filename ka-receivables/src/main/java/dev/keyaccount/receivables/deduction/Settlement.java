package dev.keyaccount.receivables.deduction;

import java.util.Arrays;

/**
 * The bookkeeping every pass shares: consuming an authorization for a deduction (the match list,
 * linked per deduction, and the authorization's remaining balance) and settling a deduction in its
 * state with its disputed and written-off parts, so that for every deduction matched + disputed +
 * written off + unresolved is its amount.
 */
final class Settlement {

  private final RunContext context;
  private final DeductionTable deductions;
  private final AuthorizationTable authorizations;
  private final AuthorizationGroups groups;
  private final int[] lastMatch;
  /**
   * Per deduction, the sum of its matches: kept as they are added, so that the writers, which read the
   * deductions in another order than the run's, read one number per deduction instead of its list.
   */
  private final long[] matched;

  // Matches (deduction → authorization, amount), linked per deduction from DeductionTable.firstMatch.
  int matchCount;
  /**
   * While the ledger's earlier deductions are tried again: the authorizations they may take (those new to
   * the ledger, {@link AuthorizationTable#fresh}); null otherwise, when every authorization may be taken.
   */
  boolean[] onlyFresh;
  int[] matchAuthorization;
  long[] matchAmount;
  int[] matchNext;

  Settlement(RunContext context, DeductionTable deductions, AuthorizationTable authorizations,
      AuthorizationGroups groups) {
    this.context = context;
    this.deductions = deductions;
    this.authorizations = authorizations;
    this.groups = groups;
    int capacity = Math.max(16, deductions.count + deductions.count / 8);
    matchAuthorization = new int[capacity];
    matchAmount = new long[capacity];
    matchNext = new int[capacity];
    lastMatch = new int[deductions.count];
    Arrays.fill(lastMatch, -1);
    matched = new long[deductions.count];
  }

  /** Consumes up to {@code wanted} of the authorization for the deduction; returns the amount taken. */
  long consume(int d, int a, long wanted) {
    long[] remaining = authorizations.remaining;
    long taken = Math.min(wanted, remaining[a]);
    // Partly consumed: something taken from an untouched authorization, and something left.
    if (taken > 0 && remaining[a] == authorizations.amount[a] && taken < remaining[a]) {
      groups.addPartial(a);
    }
    remaining[a] -= taken;
    if (taken > 0) {
      groups.touch(a);
      if (remaining[a] == 0) {
        groups.usedUp(a);
      }
    }
    if (matchCount == matchAuthorization.length) {
      int capacity = matchCount * 2;
      matchAuthorization = Arrays.copyOf(matchAuthorization, capacity);
      matchAmount = Arrays.copyOf(matchAmount, capacity);
      matchNext = Arrays.copyOf(matchNext, capacity);
    }
    matchAuthorization[matchCount] = a;
    matchAmount[matchCount] = taken;
    matchNext[matchCount] = -1;
    if (lastMatch[d] < 0) {
      deductions.firstMatch[d] = matchCount;
    } else {
      matchNext[lastMatch[d]] = matchCount;
    }
    lastMatch[d] = matchCount++;
    matched[d] += taken;
    return taken;
  }

  /** A matched deduction: the open rest is written off within tolerance, else disputed. */
  void matched(int d, MatchPass pass, long open) {
    deductions.pass[d] = (byte) pass.ordinal();
    // A part left unresolved on an earlier date, now completed: its candidates are no longer open.
    deductions.candidates[d] = null;
    if (open == 0) {
      settle(d, DeductionState.VALID, 0, 0);
    } else if (open <= (pass == MatchPass.COMBINATION ? context.combinationTolerance
        : context.tolerance(deductions.amount[d]))) {
      settle(d, DeductionState.VALID, 0, open);
    } else {
      settle(d, DeductionState.PARTIALLY_VALID, open, 0);
    }
  }

  /** Left for a person, with the candidates a result reports. */
  void unresolved(int d, int[] candidates) {
    deductions.candidates[d] =
        Arrays.copyOf(candidates, Math.min(candidates.length, context.policy.maxCandidatesReported()));
    settle(d, DeductionState.UNRESOLVED, 0, 0);
  }

  /** Still pending at the end of its date: written off under the threshold of its type, otherwise unauthorized. */
  void unmatched(int d) {
    if (deductions.amount[d] <= context.writeOffThreshold(deductions.type[d])) {
      settle(d, DeductionState.WRITTEN_OFF, 0, deductions.amount[d]);
    } else {
      settle(d, DeductionState.UNAUTHORIZED, deductions.amount[d], 0);
    }
  }

  void settle(int d, DeductionState state, long disputed, long writtenOff) {
    deductions.state[d] = (byte) state.ordinal();
    deductions.disputed[d] = disputed;
    deductions.writtenOff[d] = writtenOff;
  }

  /** Pending, or settled unmatched (unauthorized, written off or unresolved) with no match: a later line may complete it. */
  boolean awaitsComplement(int d) {
    byte s = deductions.state[d];
    return s == RunContext.PENDING || ((s == DeductionState.UNAUTHORIZED.ordinal()
        || s == DeductionState.WRITTEN_OFF.ordinal() || s == DeductionState.UNRESOLVED.ordinal())
        && deductions.firstMatch[d] < 0);
  }

  /** Whether the passes may take the authorization now (see {@link #onlyFresh}). */
  boolean eligible(int a) {
    return onlyFresh == null || onlyFresh[a];
  }

  /** Whether the deduction and the authorization are dated within the policy's window of each other. */
  boolean withinWindow(int d, int a) {
    return Math.abs((long) deductions.date[d] - authorizations.date[a]) <= context.dateWindowDays;
  }

  /** The amount matched to the deduction, in minor units. */
  long matchedAmount(int d) {
    return matched[d];
  }

  /** The deduction's amount when it is unresolved, else zero. */
  long unresolvedAmount(int d) {
    return deductions.state[d] == DeductionState.UNRESOLVED.ordinal() ? deductions.amount[d] : 0;
  }
}
