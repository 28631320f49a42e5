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
  /** By position in {@code byGroup}: whether the authorization has been consumed from. */
  final boolean[] touched;
  /** Per group, the dates of its authorizations in ascending order (not by position). */
  private final long[] sortedDates;
  /** Per authorization, its position in {@code byGroup}. */
  private final int[] position;
  private final int[][] partial;
  private final int[] partialSize;
  private final int[] authorizationGroup;
  /** Per group, how many of its authorizations are untouched. */
  private final int[] untouched;

  AuthorizationGroups(AuthorizationTable authorizations, int groups) {
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
    for (int p = 0; p < n; p++) {
      int a = byGroup[p];
      amount[p] = authorizations.amount[a];
      day[p] = authorizations.date[a];
      sortedDates[p] = day[p];
      position[a] = p;
    }
    for (int g = 0; g < groups; g++) {
      Arrays.sort(sortedDates, start[g], start[g + 1]);
    }
    touched = new boolean[n];
    partial = new int[groups][];
    partialSize = new int[groups];
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

  /** How many of the group's authorizations are partly consumed. */
  int partialCount(int g) {
    return partialSize[g];
  }

  /** The k-th partly consumed authorization of the group. */
  int partial(int g, int k) {
    return partial[g][k];
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
  }

  /** Appends to a growing list whose size the caller keeps. */
  static int[] append(int[] list, int size, int value) {
    int[] out = list == null ? new int[4] : size == list.length ? Arrays.copyOf(list, size * 2) : list;
    out[size] = value;
    return out;
  }
}
