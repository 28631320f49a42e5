package dev.keyaccount.receivables.deduction;

import java.util.Arrays;

/**
 * Pass 2: one authorization of the same account and type, within the date window, whose remaining
 * balance equals the deduction (exact) or lies within the tolerance (near), and whose reference (if
 * both have one) is within the allowed edits. Exactly one candidate matches; several make the
 * deduction unresolved. Untouched authorizations are found by binary search of the group's amounts;
 * partly consumed ones, by their remaining balance.
 */
final class AmountPass {

  private final RunContext context;
  private final DeductionTable deductions;
  private final AuthorizationTable authorizations;
  private final AuthorizationGroups groups;
  private final Settlement settlement;
  private final int[] found;

  AmountPass(RunContext context, DeductionTable deductions, AuthorizationTable authorizations,
      AuthorizationGroups groups, Settlement settlement) {
    this.context = context;
    this.deductions = deductions;
    this.authorizations = authorizations;
    this.groups = groups;
    this.settlement = settlement;
    this.found = new int[context.policy.maxCandidatesReported()];
  }

  /**
   * The most authorizations of its account and type at a claim's amount (within the tolerance) and in
   * its window, used or not, that the amount passes read for one claim; a claim with more is left
   * unresolved, with the candidates found among those, for a person. With {@link #MAX_COMPARED}, a flood
   * of authorizations of one amount costs a bounded step per claim rather than the square of its size.
   */
  static final int MAX_EXAMINED = 16_384;

  /**
   * The most references (of the authorizations read, those whose letters and digits could be near the
   * claim's) that the amount passes compare with a claim's, edit by edit; a claim with more is left
   * unresolved as above: hundreds of references of one amount all near its own prove nothing one by one.
   */
  static final int MAX_COMPARED = 256;

  /** How many authorizations of one amount make a run long enough to find its window by binary search. */
  private static final int LONG_RUN = 16;

  /** Pass 2 for one pending deduction of a known type: {@code exact} first, near after the combinations. */
  void match(int d, boolean exact) {
    int g = RunContext.group(deductions.account[d], deductions.type[d]);
    long amount = deductions.amount[d];
    long tolerance = exact ? 0 : context.tolerance(amount);
    long low = amount - tolerance;
    long high = amount + tolerance;
    long day = deductions.date[d];
    long window = context.dateWindowDays;
    long[] groupAmount = groups.amount;
    int[] groupDay = groups.day;
    long[] referenceCounts = groups.referenceCounts;
    long counts = context.references.charCounts(deductions.ref[d]);
    int edits = context.policy.maxReferenceEdits();
    int end = groups.start[g + 1];
    int count = 0;
    int examined = 0;
    int compared = 0;
    boolean hasReference = deductions.ref[d] != ReferenceTable.NONE;
    boolean sortedDays = groups.daysInOrderWithinAmounts;
    // Read in order: with thousands of authorizations of one amount, most references are told apart by
    // their signatures here, before an authorization's own columns are reached. A long run of one
    // amount is in date order: the part before the window is skipped by binary search, and the reading
    // of the run stops past the window; a short run (most amounts are distinct) is read as it is.
    int p = PoolSearch.lowerBound(groupAmount, groups.start[g], end, low);
    while (p < end && count < found.length && groupAmount[p] <= high && examined <= MAX_EXAMINED) {
      int runEnd = p + 1;
      if (sortedDays && p + LONG_RUN < end && groupAmount[p + LONG_RUN] == groupAmount[p]) {
        runEnd = PoolSearch.lowerBound(groupAmount, p + LONG_RUN, end, groupAmount[p] + 1);
        p = PoolSearch.lowerBound(groupDay, p, runEnd, day - window);
      } else if (!sortedDays) {
        runEnd = end;
      }
      for (; p < runEnd && count < found.length && groupAmount[p] <= high; p++) {
        if (Math.abs(day - groupDay[p]) > window) {
          if (sortedDays && groupDay[p] > day + window && runEnd - p > 1) {
            p = runEnd;
            break;
          }
          continue;
        }
        if (++examined > MAX_EXAMINED) {
          break;
        }
        if (!groups.touched[p] && CharCounts.mayBeWithin(counts, referenceCounts[p], edits)) {
          int a = groups.byGroup[p];
          if (hasReference && authorizations.ref[a] != ReferenceTable.NONE && ++compared > MAX_COMPARED) {
            examined = MAX_EXAMINED + 1;
            break;
          }
          if (settlement.eligible(a) && referencesAgree(d, a)) {
            found[count++] = a;
          }
        }
      }
    }
    if (examined > MAX_EXAMINED) {
      // Too many of its amount in its window, or too many near references, to compare it with all: a
      // person decides.
      int[] candidates = Arrays.copyOf(found, count);
      Arrays.sort(candidates);
      settlement.unresolved(d, candidates);
      return;
    }
    int partials = groups.partials(g);
    for (int k = 0; k < partials && count < found.length; k++) {
      int a = groups.partial(g, k);
      long r = authorizations.remaining[a];
      if (r > 0 && r >= low && r <= high && settlement.withinWindow(d, a) && settlement.eligible(a)
          && referencesAgree(d, a)) {
        found[count++] = a;
      }
    }
    if (count == 1) {
      long open = amount - settlement.consume(d, found[0], amount);
      settlement.matched(d, MatchPass.AMOUNT, open);
    } else if (count > 1) {
      int[] candidates = Arrays.copyOf(found, count);
      Arrays.sort(candidates);
      settlement.unresolved(d, candidates);
    }
  }

  private boolean referencesAgree(int d, int a) {
    int dRef = deductions.ref[d];
    int aRef = authorizations.ref[a];
    return dRef == ReferenceTable.NONE || aRef == ReferenceTable.NONE
        || context.references.within(dRef, aRef, context.policy.maxReferenceEdits());
  }
}
