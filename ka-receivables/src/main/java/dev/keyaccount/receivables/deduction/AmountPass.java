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
    long[] referenceCounts = groups.referenceCounts;
    long counts = context.references.charCounts(deductions.ref[d]);
    int edits = context.policy.maxReferenceEdits();
    int end = groups.start[g + 1];
    int count = 0;
    // Read in order: with thousands of authorizations of one amount, most references are told apart by
    // their signatures here, before an authorization's own columns are reached.
    for (int p = PoolSearch.lowerBound(groupAmount, groups.start[g], end, low);
        p < end && count < found.length && groupAmount[p] <= high; p++) {
      if (!groups.touched[p] && Math.abs(day - groups.day[p]) <= window
          && CharCounts.mayBeWithin(counts, referenceCounts[p], edits)) {
        int a = groups.byGroup[p];
        if (settlement.eligible(a) && referencesAgree(d, a)) {
          found[count++] = a;
        }
      }
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
