package dev.keyaccount.receivables.deduction;

import java.util.Arrays;

/**
 * Pass 3a: one deduction without a reference against two (then three) open authorizations of its
 * account and type within the window, adding up to it within the combination tolerance. Every open
 * authorization of the group is looked at; pairs are found by binary search over the pool sorted by
 * remaining balance, so a group of thousands costs thousands of steps, not millions. Three parts are
 * searched among at most {@link MatchingPolicy#maxCombinationCandidates()} authorizations: when no pair
 * adds up, and also beside a pair that would be taken when three adding up would be evidence too (few
 * candidates for the claim's amount): a pair and a triple are then two ways. Two ways to add up leave
 * the deduction unresolved at once. One combination likely to add up by chance leaves it pending for
 * pass 3b only (completing claims awaiting a complement), and unresolved with that combination first
 * if pass 3b does not decide it. With no pair among more candidates than that, where three could add
 * up, it stays pending for pass 3b and the near-amount pass, and is left unresolved (with those
 * candidates) only if neither decides it.
 */
final class OneToManyPass {

  private final RunContext context;
  private final DeductionTable deductions;
  private final AuthorizationTable authorizations;
  private final AuthorizationGroups groups;
  private final Settlement settlement;
  private final Coincidence coincidence;
  /**
   * The most candidates among which {@link #nothingAddsUp} searches every pair and triple (about this
   * number squared over three steps); with more, nothing is excluded.
   */
  static final int MAX_EXCLUDED = 1_024;

  private int[] pool = new int[64];
  private long[] sums = new long[64];
  private final int[] solution = new int[6];

  OneToManyPass(RunContext context, DeductionTable deductions, AuthorizationTable authorizations,
      AuthorizationGroups groups, Settlement settlement, Coincidence coincidence) {
    this.context = context;
    this.deductions = deductions;
    this.authorizations = authorizations;
    this.groups = groups;
    this.settlement = settlement;
    this.coincidence = coincidence;
  }

  /** Pass 3a for one pending deduction without a reference. */
  void match(int d) {
    long amount = deductions.amount[d];
    long high = amount + context.combinationTolerance;
    long low = amount - context.combinationTolerance;
    int n = collectPool(d, high);
    if (n < 2) {
      return;
    }
    boolean searchTriples = context.triples && n <= context.maxCandidates;
    int outcome = PoolSearch.search(sums, n, low, high, searchTriples, solution);
    boolean triple = outcome == PoolSearch.UNIQUE && PoolSearch.size(solution) == 3;
    double perAmount = Math.max(1, amount);
    if (outcome == PoolSearch.UNIQUE && !triple && searchTriples
        && !coincidence.byChance(Coincidence.pairs(n) / perAmount, false)
        && !coincidence.byChance(Coincidence.pairs(n) / perAmount + Coincidence.triples(n) / (2.0 * perAmount), true)) {
      // A pair that would be taken, among so few candidates that three adding up would be evidence too:
      // three that also add up make two ways, and the claim is left to a person.
      outcome = PoolSearch.alsoTriples(sums, n, low, high, solution);
    }
    if (outcome == PoolSearch.UNIQUE && coincidence.byChance(Coincidence.pairs(n) / perAmount
        + (triple ? Coincidence.triples(n) / (2.0 * perAmount) : 0), triple)) {
      // Likely a coincidence, so no evidence: the claim stays pending for completing claims that await a
      // complement (pass 3b), and is left unresolved with this combination first if that does not decide
      // it. A near amount does not: an exact sum beats a single near amount even when it proves nothing.
      deductions.unsearched[d] = solutionFirst(n);
      deductions.coincidental[d] = true;
    } else if (outcome == PoolSearch.UNIQUE) {
      int[] members = new int[PoolSearch.size(solution)];
      for (int i = 0; i < members.length; i++) {
        members[i] = pool[solution[i]];
      }
      Arrays.sort(members);
      long open = amount;
      for (int a : members) {
        if (open > 0) {
          open -= settlement.consume(d, a, open);
        }
      }
      settlement.matched(d, MatchPass.COMBINATION, open);
    } else if (outcome == PoolSearch.AMBIGUOUS) {
      // The two combinations found first, then the rest: the person deciding sees what adds up.
      settlement.unresolved(d, solutionFirst(n));
    } else if (context.triples && n > context.maxCandidates
        && sums[0] + sums[1] + sums[2] <= high && sums[n - 1] + sums[n - 2] + sums[n - 3] >= low) {
      // Too many candidates to search three parts among while three could add up: no pair does, so the
      // later passes may still decide it exactly (completing waiting deductions) or by a near amount.
      deductions.unsearched[d] = poolCandidates(n);
    }
  }

  /**
   * Whether nothing of the deduction's group can be shown to add up to it now: at most
   * {@link #MAX_EXCLUDED} open authorizations in its window and amount, no pair and no three of them
   * adding up. Asked of a deduction left with three parts unsearched once no pass decided it (others
   * may have taken authorizations since): with none adding up it is unauthorized, as a claim with
   * few candidates that nothing adds up to is, not unresolved. When some do, the combinations found
   * replace its candidates, first (not the smallest of the pool, which need not add up).
   */
  boolean nothingAddsUp(int d) {
    long amount = deductions.amount[d];
    long high = amount + context.combinationTolerance;
    int n = collectPool(d, high);
    if (n > MAX_EXCLUDED) {
      return false;
    }
    if (n < 2 || PoolSearch.search(sums, n, amount - context.combinationTolerance, high, true, solution)
        == PoolSearch.NONE) {
      return true;
    }
    // Two or three add up: the combinations found lead the candidates the person deciding sees.
    deductions.unsearched[d] = solutionFirst(n);
    return false;
  }

  /**
   * Fills {@code pool} with the open authorizations of the deduction's group that may be parts of a
   * combination for it (untouched, or partly used with more than dust left, within the window, at most
   * {@code high}), sorted by what they have left, and {@code sums} with what they have left (when there
   * are at least two); returns how many.
   */
  private int collectPool(int d, long high) {
    int g = RunContext.group(deductions.account[d], deductions.type[d]);
    long day = deductions.date[d];
    long window = context.dateWindowDays;
    long[] groupAmount = groups.amount;
    int[] groupDay = groups.day;
    boolean[] touched = groups.touched;
    int n = 0;
    for (int p = groups.start[g]; p < groups.start[g + 1] && groupAmount[p] <= high; p++) {
      if (!touched[p] && Math.abs(day - groupDay[p]) <= window && settlement.eligible(groups.byGroup[p])) {
        pool = AuthorizationGroups.append(pool, n++, groups.byGroup[p]);
      }
    }
    int untouched = n;
    long[] remaining = authorizations.remaining;
    // A rest within the tolerance (left by a match that was off by that much) is no part of a combination.
    long dust = context.tolerance(deductions.amount[d]);
    int partials = groups.partials(g);
    for (int k = 0; k < partials; k++) {
      int a = groups.partial(g, k);
      if (remaining[a] > dust && remaining[a] <= high && settlement.withinWindow(d, a) && settlement.eligible(a)) {
        pool = AuthorizationGroups.append(pool, n++, a);
      }
    }
    if (n < 2) {
      return n;
    }
    if (n > untouched) {
      // The untouched ones came in the group's order (amount, then index); the partly used join them.
      IndexSort.sortTail(pool, 0, untouched, n, remaining);
    }
    if (sums.length < n) {
      sums = new long[Math.max(n, 2 * sums.length)];
    }
    for (int i = 0; i < n; i++) {
      sums[i] = remaining[pool[i]];
    }
    return n;
  }

  /**
   * The members of the search's solution (by index), then those of the second one it found when it
   * found several, then the rest of the first {@code n} of the pool in index order, at most as many as a
   * result reports: the combinations a person would check first lead the candidates of a claim left
   * unresolved as a likely coincidence or as ambiguous.
   */
  private int[] solutionFirst(int n) {
    int size = PoolSearch.size(solution);
    int[] members = new int[size];
    for (int i = 0; i < size; i++) {
      members[i] = pool[solution[i]];
    }
    Arrays.sort(members);
    // A second combination found (the search was ambiguous): its members not in the first come next.
    int second = PoolSearch.size(solution, 3);
    if (second > 0) {
      int[] more = new int[second];
      for (int i = 0; i < second; i++) {
        more[i] = pool[solution[3 + i]];
      }
      Arrays.sort(more);
      int[] both = Arrays.copyOf(members, size + second);
      for (int a : more) {
        if (Arrays.binarySearch(members, a) < 0) {
          both[size++] = a;
        }
      }
      members = Arrays.copyOf(both, size);
    }
    int[] listed = members.clone();
    Arrays.sort(listed);
    int limit = Math.min(n, context.policy.maxCandidatesReported());
    // The rest by index, the few reported picked from the pool without sorting it (a pool of thousands
    // is read once per claim, not sorted per claim).
    int[] rest = IndexSort.smallest(pool, n, Math.max(0, limit - size), listed);
    int[] out = Arrays.copyOf(members, Math.min(limit, size + rest.length));
    for (int i = 0; size + i < out.length; i++) {
      out[size + i] = rest[i];
    }
    return out;
  }

  /** The first {@code n} of the pool, in index order, at most as many as a result reports. */
  private int[] poolCandidates(int n) {
    return IndexSort.smallest(pool, n, context.policy.maxCandidatesReported(), new int[0]);
  }
}
