package dev.keyaccount.receivables.deduction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The authorizations by reference: per normalised reference, a chain of the authorizations that carry
 * it (in table order); per (account, loose form), the one normalised reference of the account's
 * authorizations with that loose form, or a mark that there are several, so a loose form is only used
 * where it cannot merge two of the account's references.
 */
final class ReferenceIndex {

  /** Several normalised references of the account share the loose form. */
  static final int AMBIGUOUS_LOOSE = -2;

  private final int[] first;
  private final int[] next;
  private final Map<Long, Integer> loose;

  ReferenceIndex(AuthorizationTable authorizations, ReferenceTable references) {
    int n = authorizations.count;
    first = new int[references.size()];
    int[] last = new int[references.size()];
    Arrays.fill(first, -1);
    next = new int[n];
    loose = new HashMap<>();
    for (int a = 0; a < n; a++) {
      next[a] = -1;
      int ref = authorizations.ref[a];
      if (ref == ReferenceTable.NONE) {
        continue;
      }
      if (first[ref] < 0) {
        first[ref] = a;
      } else {
        next[last[ref]] = a;
      }
      last[ref] = a;
      loose.merge(looseKey(authorizations.account[a], references.internLoose(authorizations.source[a].reference().get())),
          ref, (x, y) -> x.intValue() == y.intValue() ? x : AMBIGUOUS_LOOSE);
    }
  }

  /** The first authorization with the normalised reference, or -1. */
  int first(int ref) {
    return ref < first.length ? first[ref] : -1;
  }

  /** The next authorization with the same normalised reference, or -1. */
  int next(int a) {
    return next[a];
  }

  /** The account's one normalised reference with this loose form, {@link #AMBIGUOUS_LOOSE}, or null. */
  Integer byLoose(int account, int looseRef) {
    return loose.get(looseKey(account, looseRef));
  }

  private static long looseKey(int account, int looseRef) {
    return ((long) account << 32) | (looseRef & 0xFFFFFFFFL);
  }
}
