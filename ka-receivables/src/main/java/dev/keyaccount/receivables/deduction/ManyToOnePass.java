package dev.keyaccount.receivables.deduction;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Pass 3b: the deduction and one (then two) others of its account and type that await a complement
 * (this date's, earlier dates', earlier runs'), together equal to what is left of one authorization
 * (untouched, or partly used by an earlier claim) within the window of each, within the combination
 * tolerance. The partners dated within {@link MatchingPolicy#splitPartnerDays()} of the claim are searched
 * first, then all within twice the window. Each partner costs one binary search of the group's amounts.
 * Owns the per-group lists of deductions that await a complement.
 */
final class ManyToOnePass {

  /**
   * The most partners a claim is combined with: a claim with more possible partners (claims without a
   * reference of its account and type awaiting a complement within twice the window) is not searched
   * but left unresolved, with no candidate, for a person: with so many a single fitting pair would
   * prove nothing, and searching them all would make a flood of such claims cost the square of its size.
   */
  static final int MAX_PARTNERS = 1_000;

  private final RunContext context;
  private final DeductionTable deductions;
  private final AuthorizationTable authorizations;
  private final AuthorizationGroups groups;
  private final Settlement settlement;
  private final Coincidence coincidence;
  // Per group, the deductions a later line may complete (pending or unmatched, no reference).
  private final int[][] waiting;
  private final int[] waitingSize;
  private int[] pool = new int[64];
  /** The group's partly used authorizations with something left, by remaining balance; per match call. */
  private int[] rests = new int[16];
  private int restCount;
  /** The authorizations of the first two completions found, for the person when there are several; per match call. */
  private final TreeSet<Integer> completed = new TreeSet<>();
  /** The last completion {@link #search} found: authorization, partner, second partner (-1 for none). */
  private final int[] found = new int[3];

  ManyToOnePass(RunContext context, DeductionTable deductions, AuthorizationTable authorizations,
      AuthorizationGroups groups, Settlement settlement, Coincidence coincidence) {
    this.context = context;
    this.deductions = deductions;
    this.authorizations = authorizations;
    this.groups = groups;
    this.settlement = settlement;
    this.coincidence = coincidence;
    int groupCount = context.groupCount();
    waiting = new int[groupCount][];
    waitingSize = new int[groupCount];
    if (context.combine) {
      // The ledger's deductions awaiting a complement (not those that quote a reference, carried only to
      // be tried again alone).
      for (int d = deductions.newCount; d < deductions.count; d++) {
        if (deductions.combinable(d)) {
          addWaiting(d);
        }
      }
    }
  }

  /** Lists a deduction without a reference as one a later line may complete. */
  void addWaiting(int d) {
    int g = RunContext.group(deductions.account[d], deductions.type[d]);
    waiting[g] = AuthorizationGroups.append(waiting[g], waitingSize[g]++, d);
  }

  /** Pass 3b for one pending deduction without a reference. */
  void match(int d) {
    int g = RunContext.group(deductions.account[d], deductions.type[d]);
    if (groups.untouchedCount(g) == 0 && !groups.hadPartials(g)) {
      // Nothing in the group to complete: the waiting list is not even read, so a flood of claims
      // without a reference in an account without authorizations costs one step per claim.
      return;
    }
    int n = collectPartners(g, d);
    if (n > MAX_PARTNERS) {
      // Too many possible partners to search, or to trust a pair found among them: a person decides.
      settlement.unresolved(d, new int[0]);
      return;
    }
    if (n == 0) {
      return;
    }
    collectRests(g);
    if (groups.untouchedCount(g) == 0 && restCount == 0) {
      return;
    }
    int start = groups.start[g];
    int end = groups.start[g + 1];
    int near = context.splitPartnerDays > 0 ? nearPartners(d, n) : 0;
    // Three parts only among few partners in all, with or without the closer look (the fewest parts win,
    // and a second way of three among more would go unseen).
    boolean triples = context.triples && n <= context.maxCandidates;
    int[] close = null;
    if (near > 0 && near < n && search(d, n, n + near, start, end, triples) == 1
        && !byChance(g, d, near, end) && (found[2] >= 0 || otherPairs(d, n, found[0]).length == 0)) {
      // A single completion among the partners dated close to the claim, unlikely by chance among so
      // few, and no other pair of the whole window completing the same authorization.
      close = found.clone();
    }
    int solutions = search(d, 0, n, start, end, triples);
    if (close != null && solutions == 1 && Arrays.equals(close, found)) {
      // Nor any other way to complete the claim among all its partners (two ways are for a person, and
      // a pair found there beats three close parts, the fewest parts winning): taken.
      take(close[0], close[2] < 0 ? new int[] {d, close[1]} : new int[] {d, close[1], close[2]});
      return;
    }
    int authorization = found[0];
    int partnerA = found[1];
    int partnerB = found[2];
    if (solutions == 1 && byChance(g, d, n, end)) {
      // No evidence: the claim stays pending for a near amount (see nearItsChanceCompletion), and is
      // unresolved with this authorization first if nothing decides it.
      deductions.chanceSplit[d] = authorization;
      return;
    }
    if (solutions == 1 && partnerB < 0) {
      int[] others = otherPairs(d, n, authorization);
      if (others.length > 0) {
        for (int m : others) {
          settlement.unresolved(m, new int[] {authorization});
        }
        return;
      }
    }
    if (solutions == 1) {
      take(authorization, partnerB < 0 ? new int[] {d, partnerA} : new int[] {d, partnerA, partnerB});
    } else if (solutions > 1) {
      // Two ways (or more) to complete an authorization: unresolved, with the authorizations found.
      settlement.unresolved(d, completed.stream().mapToInt(Integer::intValue)
          .limit(context.policy.maxCandidatesReported()).toArray());
    }
  }

  /**
   * Whether the authorization that deduction {@code d}'s chance completion would take is, as it now
   * stands, within the tolerance of {@code d} alone: the near-amount pass then does not look at
   * {@code d} at all, as a near amount never takes what an exact combination completes (asked when the
   * near pass comes, since later claims of the date may have taken part of it meanwhile).
   */
  boolean nearItsChanceCompletion(int d) {
    int chance = deductions.chanceSplit[d];
    return chance >= 0 && Math.abs(authorizations.remaining[chance] - deductions.amount[d])
        <= context.tolerance(deductions.amount[d]);
  }

  /** {@code first}, then {@code others} without it (null for none). */
  static int[] leading(int first, int[] others) {
    int[] out = new int[1 + (others == null ? 0 : others.length)];
    int k = 0;
    out[k++] = first;
    if (others != null) {
      for (int a : others) {
        if (a != first) {
          out[k++] = a;
        }
      }
    }
    return Arrays.copyOf(out, k);
  }

  /**
   * Copies to {@code pool[n, n + k)} the partners in {@code pool[0, n)} dated within
   * {@link MatchingPolicy#splitPartnerDays()} of {@code d}, oldest first.
   *
   * @return k
   */
  private int nearPartners(int d, int n) {
    int[] date = deductions.date;
    long reach = context.splitPartnerDays;
    int k = 0;
    for (int i = 0; i < n; i++) {
      int e = pool[i];
      if (Math.abs((long) date[e] - date[d]) <= reach) {
        pool = AuthorizationGroups.append(pool, n + k++, e);
      }
    }
    return k;
  }

  /**
   * Searches the partners {@code pool[from, to)} for one (then, with {@code triples} and no pair found,
   * two) that complete an authorization of the group with {@code d}; leaves the last completion in
   * {@link #found} (authorization, partner, second partner or -1) and the authorizations of the first two
   * in {@link #completed}.
   *
   * @return 0, 1, or 2 for two or more completions
   */
  private int search(int d, int from, int to, int start, int end, boolean triples) {
    long[] amount = deductions.amount;
    int solutions = 0;
    found[0] = -1;
    found[1] = -1;
    found[2] = -1;
    completed.clear();
    for (int i = from; i < to && solutions < 2; i++) {
      int e = pool[i];
      int a = completing(d, e, -1, amount[d] + amount[e], start, end, null);
      if (a == -2) {
        solutions = 2;
        completing(d, e, -1, amount[d] + amount[e], start, end, completed);
      } else if (a >= 0) {
        solutions++;
        completed.add(a);
        found[0] = a;
        found[1] = e;
      }
    }
    boolean searchTriples = solutions == 0 && triples;
    for (int i = from; searchTriples && i < to && solutions < 2; i++) {
      for (int j = i + 1; j < to && solutions < 2; j++) {
        int e = pool[i];
        int f = pool[j];
        long sum = amount[d] + amount[e] + amount[f];
        int a = completing(d, e, f, sum, start, end, null);
        if (a == -2) {
          solutions = 2;
          completing(d, e, f, sum, start, end, completed);
        } else if (a >= 0) {
          solutions++;
          completed.add(a);
          found[0] = a;
          found[1] = e;
          found[2] = f;
        }
      }
    }
    return solutions;
  }

  /**
   * Whether the one completion {@link #search} found among {@code n} partners could well be chance: hits
   * of a partner sum on any authorization of the group within the deduction's window, their amounts
   * spread up to the group's largest.
   */
  private boolean byChance(int g, int d, int n, int end) {
    long window = context.dateWindowDays;
    double span = Math.max(1, groups.amount[end - 1]);
    double inWindow = groups.datedWithin(g, deductions.date[d] - window, deductions.date[d] + window);
    double expected = n * inWindow / span + (found[2] >= 0 ? Coincidence.pairs(n) * inWindow / span : 0);
    return coincidence.byChance(expected, false);
  }

  /**
   * Lists in {@code pool} the deductions of the group that may complete {@code d}: awaiting a complement,
   * not {@code d}, dated within twice the window of it. The list is read newest first and the reading
   * stops once more than {@link #MAX_PARTNERS} are found, so a flood of claims without a reference in
   * one account costs a bounded step per claim; entries that no longer await a complement, or are dated
   * before every later claim's reach (deductions are matched in date order), leave the list as they are
   * read.
   *
   * @return how many partners were found, at most {@code MAX_PARTNERS + 1}
   */
  private int collectPartners(int g, int d) {
    int[] date = deductions.date;
    long reach = 2 * context.dateWindowDays;
    int[] list = waiting[g];
    int size = waitingSize[g];
    int n = 0;
    int kept = size;
    int k = size - 1;
    for (; k >= 0 && n <= MAX_PARTNERS; k--) {
      int e = list[k];
      if (!settlement.awaitsComplement(e) || (long) date[e] < (long) date[d] - reach) {
        continue;
      }
      list[--kept] = e;
      if (e != d && Math.abs((long) date[e] - date[d]) <= reach) {
        pool = AuthorizationGroups.append(pool, n++, e);
      }
    }
    // [0, k] was not read; [kept, size) holds the entries read and kept, in their order.
    int unread = k + 1;
    System.arraycopy(list, kept, list, unread, size - kept);
    waitingSize[g] = unread + size - kept;
    // The pool was filled newest first; the searches read it oldest first, as the list holds it.
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      int t = pool[i];
      pool[i] = pool[j];
      pool[j] = t;
    }
    return n;
  }

  /**
   * The members together take the authorization, in the order one run over all their dates would hold
   * them (date, amount, id), not in table order: a member carried from an earlier run comes after this
   * run's lines in the table, and what a combination tolerance leaves over must fall on the same member
   * week by week as in one run.
   */
  private void take(int authorization, int[] members) {
    for (int i = 1; i < members.length; i++) {
      for (int j = i; j > 0 && inRunOrder(members[j], members[j - 1]); j--) {
        int t = members[j];
        members[j] = members[j - 1];
        members[j - 1] = t;
      }
    }
    long open = authorizations.remaining[authorization];
    for (int m : members) {
      long taken = Math.min(open, deductions.amount[m]);
      if (taken == 0) {
        // Only with a combination tolerance larger than a member: nothing left to match it with.
        settlement.settle(m, DeductionState.WRITTEN_OFF, 0, deductions.amount[m]);
      } else {
        open -= settlement.consume(m, authorization, taken);
        settlement.matched(m, MatchPass.COMBINATION, deductions.amount[m] - taken);
      }
    }
  }

  /**
   * Every waiting deduction that forms a pair equal to the authorization other than the one just
   * found, with the members of the found pair; empty if that pair is the only one. {@code pool[0, n)}
   * holds the partners of {@code d}.
   */
  private int[] otherPairs(int d, int n, int a) {
    long[] amount = deductions.amount;
    int[] members = Arrays.copyOf(pool, n + 1);
    members[n] = d;
    IndexSort.sortByAmount(members, 0, n + 1, amount);
    long low = authorizations.remaining[a] - context.combinationTolerance;
    long high = authorizations.remaining[a] + context.combinationTolerance;
    TreeSet<Integer> involved = new TreeSet<>();
    int pairs = 0;
    for (int i = 0; i <= n; i++) {
      int x = members[i];
      for (int j = i + 1; j <= n && amount[x] + amount[members[j]] <= high; j++) {
        int y = members[j];
        if (amount[x] + amount[y] >= low && settlement.withinWindow(x, a) && settlement.withinWindow(y, a)) {
          pairs++;
          involved.add(x);
          involved.add(y);
        }
      }
    }
    return pairs < 2 ? new int[0] : involved.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The one authorization of the group, untouched or partly used (those {@link #collectRests} listed), within the window of every
   * member, whose remaining balance is within the combination tolerance of {@code sum}; -1 for none, -2
   * for several. A partly used one is completed as an untouched one is: two claims without a reference
   * that add up to what an earlier claim left of an authorization finish it. With {@code all}, every
   * such authorization is added to it (the search does not stop at the second).
   */
  private int completing(int d, int e, int f, long sum, int start, int end, TreeSet<Integer> all) {
    long tolerance = context.combinationTolerance;
    int match = -1;
    for (int p = PoolSearch.lowerBound(groups.amount, start, end, sum - tolerance);
        p < end && groups.amount[p] <= sum + tolerance; p++) {
      int a = groups.byGroup[p];
      if (!groups.touched[p] && inWindow(a, d, e, f)) {
        if (all != null) {
          all.add(a);
        } else if (match >= 0) {
          return -2;
        }
        match = a;
      }
    }
    long[] remaining = authorizations.remaining;
    int low = 0;
    int high = restCount;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (remaining[rests[mid]] < sum - tolerance) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int k = low; k < restCount && remaining[rests[k]] <= sum + tolerance; k++) {
      int a = rests[k];
      if (inWindow(a, d, e, f)) {
        if (all != null) {
          all.add(a);
        } else if (match >= 0) {
          return -2;
        }
        match = a;
      }
    }
    return match;
  }

  /**
   * Lists the group's partly used authorizations that have something left, sorted by what is left,
   * once per deduction: each pair and triple then finds its candidates by binary search, so a group
   * with thousands of partly used authorizations costs one pass and a sort per deduction, not one per
   * combination tried.
   */
  private void collectRests(int g) {
    long[] remaining = authorizations.remaining;
    int count = groups.partials(g);
    if (rests.length < count) {
      rests = new int[Math.max(count, rests.length * 2)];
    }
    restCount = 0;
    for (int k = 0; k < count; k++) {
      int a = groups.partial(g, k);
      if (remaining[a] > 0) {
        rests[restCount++] = a;
      }
    }
    IndexSort.sortByAmount(rests, 0, restCount, remaining);
  }

  /** Whether deduction {@code x} comes before {@code y} by date, amount, then id (the order of a run's lines). */
  private boolean inRunOrder(int x, int y) {
    int date = Integer.compare(deductions.date[x], deductions.date[y]);
    int amount = Long.compare(deductions.amount[x], deductions.amount[y]);
    return date != 0 ? date < 0 : amount != 0 ? amount < 0 : deductions.id[x].compareTo(deductions.id[y]) < 0;
  }

  private boolean inWindow(int a, int d, int e, int f) {
    return settlement.withinWindow(d, a) && settlement.withinWindow(e, a) && (f < 0 || settlement.withinWindow(f, a));
  }
}
