package dev.keyaccount.receivables.deduction;

import java.util.Arrays;

/**
 * The authorizations by reference: per normalised reference, a chain of the authorizations that carry
 * it (in table order); per (account, loose form), the one normalised reference of the account's
 * authorizations with that loose form, or a mark that there are several, so a loose form is only used
 * where it cannot merge two of the account's references.
 *
 * <p>A loose form is only ever looked up for a deduction whose own reference no authorization of its
 * account carries, so those deductions come first: their loose forms are computed once, here, and each
 * leaves its (account, {@link ReferenceTable#squeezedHash squeezed hash}) in a bit filter. An
 * authorization's loose form (a second normalisation of its reference as written) is then computed and
 * indexed only when the filter holds its account with the squeezed hash of its strict form, or when
 * its reference was not ASCII only ({@link ReferenceTable#folded}). For an ASCII reference the strict
 * and the loose form squeeze alike, so every authorization whose loose form some lookup asks for passes
 * the filter: the lookups answer exactly as an index of every authorization's loose form would. (The
 * {@link ReferenceTable#folded} marks are read as they stand once the deductions' loose forms are
 * interned, before any authorization's: an ASCII reference whose strict form some non-ASCII loose form
 * also marks then goes through the filter, which, as above, keeps every one a lookup asks for.)
 */
final class ReferenceIndex {

  /** Several normalised references of the account share the loose form. */
  static final int AMBIGUOUS_LOOSE = -2;
  /** No authorization of the account has the loose form. */
  static final int NO_LOOSE = -3;
  /** In {@link #deductionLoose}: the deduction has no reference, or its account's authorizations have it. */
  private static final int NOT_LOOSE = Integer.MIN_VALUE;

  private final int[] first;
  private final int[] next;
  private final int[] account;
  /** Per new deduction: the id of its loose form where it is looked up, else {@link #NOT_LOOSE}. */
  private final int[] deductionLoose;
  /** Per authorization whose loose form is indexed: the id of its loose form. */
  private final int[] looseOf;
  /** Per authorization first with its (account, loose form): the one reference with it, or ambiguous. */
  private final int[] strictOfLoose;
  private final IndexTable loose;
  private final IndexTable.SameKey sameLoose;
  private int probeAccount;
  private int probeLoose;

  ReferenceIndex(AuthorizationTable authorizations, DeductionTable deductions, ReferenceTable references) {
    int n = authorizations.count;
    account = authorizations.account;
    first = new int[references.size()];
    next = new int[n];
    chain(authorizations.ref);
    // Every deduction with a reference: this run's, and the ledger's that may be tried again.
    deductionLoose = new int[deductions.count];
    // The deductions whose loose form is looked up, then their loose forms, interned many at a time.
    int[] looked = new int[deductions.count];
    int lookedUp = 0;
    for (int d = 0; d < deductions.count; d++) {
      int ref = deductions.ref[d];
      deductionLoose[d] = NOT_LOOSE;
      if (ref != ReferenceTable.NONE && !inAccount(ref, deductions.account[d])) {
        looked[lookedUp++] = d;
      }
    }
    int[] looseOfLooked = new int[lookedUp];
    references.looseAll(lookedUp, k -> deductions.ref[looked[k]], k -> deductions.reference[looked[k]],
        looseOfLooked);
    for (int k = 0; k < lookedUp; k++) {
      deductionLoose[looked[k]] = looseOfLooked[k];
    }
    long[] filter = new long[filterWords(lookedUp)];
    int bitMask = filter.length * 64 - 1;
    for (int d = 0; d < deductions.count; d++) {
      if (deductionLoose[d] != NOT_LOOSE) {
        int bit = filterKey(deductions.account[d], references.squeezedHash(deductionLoose[d])) & bitMask;
        filter[bit >>> 6] |= 1L << bit;
      }
    }
    looseOf = new int[n];
    strictOfLoose = new int[n];
    loose = new IndexTable(Math.min(n, 2 * lookedUp + 64));
    sameLoose = (other, probe) -> probe >= 0
        ? account[other] == account[probe] && looseOf[other] == looseOf[probe]
        : account[other] == probeAccount && looseOf[other] == probeLoose;
    // The authorizations whose loose form is indexed, then their loose forms, many at a time.
    int[] indexed = new int[n];
    int m = 0;
    for (int a = 0; a < n; a++) {
      int ref = authorizations.ref[a];
      if (ref == ReferenceTable.NONE) {
        continue;
      }
      int bit = references.folded(ref) ? -1 : filterKey(account[a], references.squeezedHash(ref)) & bitMask;
      if (bit < 0 || (filter[bit >>> 6] & 1L << bit) != 0) {
        indexed[m++] = a;
      }
    }
    int[] looseOfIndexed = new int[m];
    references.looseAll(m, k -> authorizations.ref[indexed[k]], k -> authorizations.reference[indexed[k]],
        looseOfIndexed);
    for (int k = 0; k < m; k++) {
      int a = indexed[k];
      int ref = authorizations.ref[a];
      looseOf[a] = looseOfIndexed[k];
      int head = loose.putIfAbsent(a, hash(account[a], looseOf[a]), sameLoose);
      if (head < 0) {
        strictOfLoose[a] = ref;
      } else if (strictOfLoose[head] != ref) {
        strictOfLoose[head] = AMBIGUOUS_LOOSE;
      }
    }
  }

  /**
   * The filter's size in longs for this many looked-up loose forms: about 16 bits each (a few false
   * positives in a hundred), a power of two, at most 2^30 bits.
   */
  static int filterWords(int lookedUp) {
    return (int) (Math.min(Long.highestOneBit(16L * lookedUp + 64) * 2, 1L << 30) / 64);
  }

  /**
   * The slots of the loose forms' table: sized for twice the deductions looked up by loose form, plus
   * 64, and for at most one form per authorization.
   */
  int looseCapacity() {
    return loose.capacity();
  }

  /** Links the authorizations of each reference, in table order. */
  private void chain(int[] ref) {
    int[] last = new int[first.length];
    Arrays.fill(first, -1);
    for (int a = 0; a < next.length; a++) {
      next[a] = -1;
      int r = ref[a];
      if (r == ReferenceTable.NONE) {
        continue;
      }
      if (first[r] < 0) {
        first[r] = a;
      } else {
        next[last[r]] = a;
      }
      last[r] = a;
    }
  }

  /** Whether an authorization of the account carries the normalised reference. */
  boolean inAccount(int ref, int accountId) {
    for (int a = first(ref); a >= 0; a = next[a]) {
      if (account[a] == accountId) {
        return true;
      }
    }
    return false;
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
   * Whether the new deduction's reference is looked up by its loose form: it has a reference and no
   * authorization of its account carries it ({@link #inAccount} false).
   */
  boolean looksUpLoose(int d) {
    return deductionLoose[d] != NOT_LOOSE;
  }

  /**
   * The id of the loose form of a new deduction's reference, for a deduction with a reference that
   * no authorization of its account carries ({@link #inAccount} false); computed once, when indexing.
   */
  int looseOf(int d) {
    int looseRef = deductionLoose[d];
    if (looseRef == NOT_LOOSE) {
      throw new IllegalStateException("no loose form is looked up for deduction " + d);
    }
    return looseRef;
  }

  /**
   * The account's one normalised reference with this loose form, {@link #AMBIGUOUS_LOOSE} if there are
   * several, or {@link #NO_LOOSE} if none. Only asked for the loose forms of {@link #looseOf}.
   */
  int byLoose(int accountId, int looseRef) {
    probeAccount = accountId;
    probeLoose = looseRef;
    int head = loose.find(-1, hash(accountId, looseRef), sameLoose);
    return head < 0 ? NO_LOOSE : strictOfLoose[head];
  }

  /** The hash of an (account, loose form) key: distinct for accounts below 256 and forms below 2^24. */
  static int hash(int accountId, int looseRef) {
    return accountId * 0x01000193 ^ looseRef;
  }

  /** The filter bit of an (account, squeezed hash) key, mixed so that the low bits depend on all of both. */
  static int filterKey(int accountId, int squeezed) {
    int h = (accountId * 0x9E3779B9 + squeezed) * 0x85EBCA6B;
    return h ^ (h >>> 15);
  }
}
