package dev.keyaccount.receivables.deduction;

import java.util.Arrays;

/**
 * The authorizations by reference: per normalised reference, a chain of the authorizations that carry
 * it (in table order); per (account, loose form), the one normalised reference of the account's
 * authorizations with that loose form, or a mark that there are several, so a loose form is only used
 * where it cannot merge two of the account's references.
 */
final class ReferenceIndex {

  /** Several normalised references of the account share the loose form. */
  static final int AMBIGUOUS_LOOSE = -2;
  /** No authorization of the account has the loose form. */
  static final int NO_LOOSE = -3;

  private final int[] first;
  private final int[] next;
  private final int[] account;
  /** Per authorization with a reference: the id of its loose form. */
  private final int[] looseOf;
  /** Per authorization first with its (account, loose form): the one reference with it, or ambiguous. */
  private final int[] strictOfLoose;
  private final IndexTable loose;
  private final IndexTable.SameKey sameLoose;
  private int probeAccount;
  private int probeLoose;

  ReferenceIndex(AuthorizationTable authorizations, ReferenceTable references) {
    int n = authorizations.count;
    account = authorizations.account;
    first = new int[references.size()];
    int[] last = new int[references.size()];
    Arrays.fill(first, -1);
    next = new int[n];
    looseOf = new int[n];
    strictOfLoose = new int[n];
    loose = new IndexTable(n);
    sameLoose = (other, probe) -> probe >= 0
        ? account[other] == account[probe] && looseOf[other] == looseOf[probe]
        : account[other] == probeAccount && looseOf[other] == probeLoose;
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
      looseOf[a] = references.loose(ref, authorizations.source[a].reference().get());
      int head = loose.putIfAbsent(a, hash(account[a], looseOf[a]), sameLoose);
      if (head < 0) {
        strictOfLoose[a] = ref;
      } else if (strictOfLoose[head] != ref) {
        strictOfLoose[head] = AMBIGUOUS_LOOSE;
      }
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

  /**
   * The account's one normalised reference with this loose form, {@link #AMBIGUOUS_LOOSE} if there are
   * several, or {@link #NO_LOOSE} if none.
   */
  int byLoose(int accountId, int looseRef) {
    probeAccount = accountId;
    probeLoose = looseRef;
    int head = loose.find(-1, hash(accountId, looseRef), sameLoose);
    return head < 0 ? NO_LOOSE : strictOfLoose[head];
  }

  private static int hash(int accountId, int looseRef) {
    return accountId * 0x01000193 ^ looseRef;
  }
}
