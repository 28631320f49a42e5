package dev.keyaccount.receivables.deduction;

import java.util.Arrays;

/**
 * The authorizations grouped by (account, type), each group by amount, for the passes that search by
 * amount: group g is positions {@code start[g]} to {@code start[g + 1]} of {@code byGroup}, whose
 * amounts, dates and touched flags are held in the same order, so a search reads one stretch of
 * memory. Per group too, the authorizations partly consumed (their remaining no longer equals their
 * amount), which the searches over untouched amounts would not see. Built by counting sort in time
 * linear in the authorizations, plus a sort of each group.
 */
final class AuthorizationGroups {

  final int[] start;
  /** The authorizations, by group and amount. */
  final int[] byGroup;
  /** By position in {@code byGroup}: the authorization's amount. */
  final long[] amount;
  /** By position in {@code byGroup}: the authorization's date. */
  final int[] day;
  /**
   * Whether, within each group, authorizations of equal amount come in date order (the table's order is
   * by date, amount and id, and the group's by amount, then that order): a pass then finds the ones in a
   * window by binary search. Checked, not assumed.
   */
  final boolean daysInOrderWithinAmounts;
  /** By position in {@code byGroup}: whether the authorization has been consumed from. */
  final boolean[] touched;
  /**
   * By position in {@code byGroup}: the {@link CharCounts} signature of the authorization's reference
   * ({@link CharCounts#NONE} for none), read in order while a pass looks for a near reference among
   * many authorizations of one amount.
   */
  final long[] referenceCounts;
  /** Per group, the dates of its authorizations in ascending order (not by position). */
  private final long[] sortedDates;
  /** Per authorization, its position in {@code byGroup}. */
  private final int[] position;
  /**
   * Per group, its partly consumed authorizations in the order they became so, less those found used up
   * when the list was last compacted ({@link #partials}).
   */
  private final int[][] partial;
  private final int[] partialSize;
  /** Per group, how many authorizations were ever listed as partly consumed (none leave this count). */
  private final int[] partialEver;
  /** Per group, how many listed authorizations have been used up since the list was last compacted. */
  private final int[] usedUp;
  /** Per authorization, whether it is listed as partly consumed. */
  private final boolean[] listed;
  private final long[] remaining;
  private final int[] authorizationGroup;
  /** Per group, how many of its authorizations are untouched. */
  private final int[] untouched;

  AuthorizationGroups(AuthorizationTable authorizations, int groups, ReferenceTable references) {
    int n = authorizations.count;
    authorizationGroup = new int[n];
    start = new int[groups + 1];
    for (int a = 0; a < n; a++) {
      authorizationGroup[a] = RunContext.group(authorizations.account[a], authorizations.type[a]);
      start[authorizationGroup[a] + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      start[g + 1] += start[g];
    }
    byGroup = new int[n];
    int[] next = Arrays.copyOf(start, start.length);
    for (int a = 0; a < n; a++) {
      byGroup[next[authorizationGroup[a]]++] = a;
    }
    for (int g = 0; g < groups; g++) {
      IndexSort.sortByAmount(byGroup, start[g], start[g + 1], authorizations.amount);
    }
    amount = new long[n];
    day = new int[n];
    sortedDates = new long[n];
    position = new int[n];
    referenceCounts = new long[n];
    for (int p = 0; p < n; p++) {
      int a = byGroup[p];
      referenceCounts[p] = references.charCounts(authorizations.ref[a]);
      amount[p] = authorizations.amount[a];
      day[p] = authorizations.date[a];
      sortedDates[p] = day[p];
      position[a] = p;
    }
    for (int g = 0; g < groups; g++) {
      Arrays.sort(sortedDates, start[g], start[g + 1]);
    }
    boolean inOrder = true;
    for (int g = 0; g < groups && inOrder; g++) {
      for (int p = start[g] + 1; p < start[g + 1] && inOrder; p++) {
        inOrder = amount[p] != amount[p - 1] || day[p] >= day[p - 1];
      }
    }
    daysInOrderWithinAmounts = inOrder;
    touched = new boolean[n];
    partial = new int[groups][];
    partialSize = new int[groups];
    partialEver = new int[groups];
    usedUp = new int[groups];
    listed = new boolean[n];
    remaining = authorizations.remaining;
    untouched = new int[groups];
    for (int g = 0; g < groups; g++) {
      untouched[g] = start[g + 1] - start[g];
    }
    for (int a = 0; a < n; a++) {
      if (authorizations.remaining[a] != authorizations.amount[a]) {
        addPartial(a);
        touch(a);
      }
    }
  }

  /** Marks the authorization consumed from. */
  void touch(int a) {
    int p = position[a];
    if (!touched[p]) {
      touched[p] = true;
      untouched[authorizationGroup[a]]--;
    }
  }

  /** How many of the group's authorizations are untouched. */
  int untouchedCount(int g) {
    return untouched[g];
  }

  /**
   * Whether any authorization of the group was ever partly consumed (those since used up included):
   * the count a pass asks before it reads the list.
   */
  boolean hadPartials(int g) {
    return partialEver[g] > 0;
  }

  /**
   * How many authorizations the group's list of partly consumed ones holds, {@link #partial} {@code 0}
   * to this, exclusive: every one with something left, in the order they became partly consumed, and
   * possibly some used up since (a pass skips those, as they have nothing left). Once a quarter of the
   * list is used up, the list is first compacted, keeping the order of the rest, so that a group whose
   * authorizations are used up one after the other is not read in full by every deduction.
   */
  int partials(int g) {
    int size = partialSize[g];
    if (usedUp[g] > 0 && 4 * usedUp[g] >= size) {
      int[] list = partial[g];
      int kept = 0;
      for (int k = 0; k < size; k++) {
        if (remaining[list[k]] > 0) {
          list[kept++] = list[k];
        }
      }
      partialSize[g] = kept;
      usedUp[g] = 0;
      return kept;
    }
    return size;
  }

  /** The k-th authorization of the group's list (see {@link #partials}). */
  int partial(int g, int k) {
    return partial[g][k];
  }

  /** Notes that the authorization has just been used up (nothing left), after {@link #touch}. */
  void usedUp(int a) {
    if (listed[a]) {
      usedUp[authorizationGroup[a]]++;
    }
  }

  /** How many authorizations of the group are dated within {@code [from, to]}. */
  int datedWithin(int g, long from, long to) {
    return PoolSearch.lowerBound(sortedDates, start[g], start[g + 1], to + 1)
        - PoolSearch.lowerBound(sortedDates, start[g], start[g + 1], from);
  }

  /** Lists the authorization among its group's partly consumed ones. */
  void addPartial(int a) {
    int g = authorizationGroup[a];
    partial[g] = append(partial[g], partialSize[g]++, a);
    partialEver[g]++;
    listed[a] = true;
    if (remaining[a] == 0) {
      usedUp[g]++;
    }
  }

  /** Appends to a growing list whose size the caller keeps. */
  static int[] append(int[] list, int size, int value) {
    int[] out = list == null ? new int[4] : size == list.length ? Arrays.copyOf(list, size * 2) : list;
    out[size] = value;
    return out;
  }
}
