package dev.keyaccount.receivables.deduction;

/**
 * Duplicates, then pass 1: a claim repeated (same account, type, normalised reference and amount as an
 * earlier deduction of this run or of an earlier run) is a DUPLICATE; otherwise the quoted reference
 * in the same account, same-type authorizations first, and if no authorization of the account has it,
 * its loose form when that names one reference of the account and one of the two is written without
 * separators inside it.
 */
final class ReferencePass {

  private final RunContext context;
  private final DeductionTable deductions;
  private final AuthorizationTable authorizations;
  private final ReferenceIndex index;
  private final Settlement settlement;
  private final IndexTable claims;
  private final IndexTable.SameKey sameClaim;

  ReferencePass(RunContext context, DeductionTable deductions, AuthorizationTable authorizations,
      ReferenceIndex index, Settlement settlement) {
    this.context = context;
    this.deductions = deductions;
    this.authorizations = authorizations;
    this.index = index;
    this.settlement = settlement;
    this.claims = new IndexTable(deductions.newCount);
    int[] account = deductions.account;
    int[] type = deductions.type;
    long[] amount = deductions.amount;
    int[] ref = deductions.ref;
    this.sameClaim = (other, probe) -> account[other] == account[probe] && type[other] == type[probe]
        && amount[other] == amount[probe] && ref[other] == ref[probe];
  }

  /**
   * {@link #markDuplicate} for deductions {@code [from, to)} in order, {@link ReferenceTable#BATCH} at a
   * time: the claims' slots of a batch are read first, so that their cache misses overlap.
   */
  void markDuplicates(int from, int to) {
    for (int base = from; base < to; base += ReferenceTable.BATCH) {
      int end = Math.min(base + ReferenceTable.BATCH, to);
      readAheadClaims(base, end);
      for (int d = base; d < end; d++) {
        markDuplicate(d);
      }
    }
  }

  /** Reads the claims' slots of deductions {@code [from, to)}, keeping a sum of what it read. Changes nothing. */
  private void readAheadClaims(int from, int to) {
    int seen = 0;
    for (int d = from; d < to; d++) {
      seen += deductions.ref[d] == ReferenceTable.NONE ? 0 : claims.readAheadFirst(claimHash(d));
    }
    readAhead += seen;
  }

  /**
   * Reads, for deductions {@code [from, to)}, the first authorization of each one's reference and that
   * authorization's fields that {@link #match} reads first, with its link to the next one: then the
   * cache misses of a batch overlap instead of coming one after the other. Changes nothing.
   */
  void readAhead(int from, int to) {
    int seen = 0;
    for (int d = from; d < to; d++) {
      int ref = deductions.ref[d];
      heads[d - from] = ref == ReferenceTable.NONE ? -1 : index.first(ref);
    }
    for (int d = from; d < to; d++) {
      int a = heads[d - from];
      seen += a < 0 ? 0 : authorizations.account[a] + authorizations.type[a] + (int) authorizations.remaining[a]
          + index.next(a);
    }
    readAhead += seen;
  }

  /** The first authorizations {@link #readAhead} found. */
  private final int[] heads = new int[ReferenceTable.BATCH];
  /** What the reads ahead found, kept so that they are not left out as unused. */
  private int readAhead;

  private int claimHash(int d) {
    return claimHash(deductions.ref[d], deductions.account[d], deductions.type[d], deductions.amount[d]);
  }

  /** The same claim twice: same account, type, normalised reference and amount as an earlier deduction. */
  private void markDuplicate(int d) {
    int ref = deductions.ref[d];
    if (ref == ReferenceTable.NONE) {
      return;
    }
    long amount = deductions.amount[d];
    int first = claims.putIfAbsent(d, claimHash(d), sameClaim);
    if (first >= 0) {
      deductions.duplicateOf[d] = first;
      settlement.settle(d, DeductionState.DUPLICATE, amount, 0);
    } else if (context.hasLedger) {
      String earlier = context.ledger.state().claimOrNull(new ClaimKey(context.accounts.get(deductions.account[d]),
          deductions.type[d], context.references.text(ref), amount));
      if (earlier != null) {
        deductions.duplicateOfLedger[d] = earlier;
        settlement.settle(d, DeductionState.DUPLICATE, amount, 0);
      }
    }
  }

  /** Pass 1 for one pending deduction that quotes a reference. */
  void match(int d) {
    int ref = deductions.ref[d];
    if (!index.looksUpLoose(d)) {
      // An authorization of the account carries the reference (the index found it).
      consume(d, index.first(ref), MatchPass.REFERENCE);
      return;
    }
    ReferenceTable references = context.references;
    int strict = index.byLoose(deductions.account[d], index.looseOf(d));
    if (strict >= 0 && strict != ref
        && (references.unsegmented(ref) || references.unsegmented(strict))) {
      consume(d, index.first(strict), MatchPass.LOOSE_REFERENCE);
    }
  }

  /** The hash of a claim's key: distinct for keys whose reference, account, type and amount are below 31. */
  static int claimHash(int ref, int account, int type, long amount) {
    return ((ref * 31 + account) * 31 + type) * 31 + Long.hashCode(amount);
  }

  /**
   * Consumes the authorizations chained from {@code head} that share a reference, in the account. A
   * partly used one with no more left than a near match of it could leave (the tolerance of its amount)
   * is not taken by a claim more than the claim's tolerance above that rest: the document is used up, and
   * the claim is no part of it (a repeated claim, or one over what was authorized) rather than matched
   * for a few fen. The reference names a document of the account, so a claim that takes nothing from it
   * is settled unmatched here (unauthorized, or written off under its type's threshold), never matched
   * by its amount to another document by a later pass.
   */
  private void consume(int d, int head, MatchPass pass) {
    long amount = deductions.amount[d];
    long open = amount;
    long[] remaining = authorizations.remaining;
    for (int sweep = 0; sweep < 2 && open > 0; sweep++) {
      for (int a = head; a >= 0 && open > 0; a = index.next(a)) {
        boolean sameType = authorizations.type[a] == deductions.type[d];
        if (authorizations.account[a] == deductions.account[d] && sameType == (sweep == 0)
            && remaining[a] > 0 && settlement.eligible(a) && !dustFor(a, amount)) {
          open -= settlement.consume(d, a, open);
        }
      }
    }
    if (open < amount) {
      settlement.matched(d, pass, open);
    } else {
      settlement.unmatched(d);
    }
  }

  /**
   * Whether what is left of a partly used authorization is a near match's rest (at most the tolerance
   * of the authorization's amount, and of the claim's: with a relative tolerance, a balance a small claim
   * could not leave unexplained is real money, not a rest) that a claim of this amount, more than its
   * own tolerance above it, does not take. Depends on the whole claim, not on what other authorizations
   * took first.
   */
  private boolean dustFor(int a, long claim) {
    long rest = authorizations.remaining[a];
    if (rest == authorizations.amount[a]) {
      return false; // untouched: most claims' only authorization, and no tolerance worked out for them
    }
    long claimTolerance = context.tolerance(claim);
    return rest <= claimTolerance && rest <= context.tolerance(authorizations.amount[a]) && claim - rest > claimTolerance;
  }
}
