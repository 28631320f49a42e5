package dev.keyaccount.receivables.deduction;

import java.util.Collection;

/**
 * One matching run: the input converted once to tables of minor units, the passes, and the outcome the
 * {@link MatchingResult} reads. The deductions are sorted by date and matched one date at a time, each
 * date through every pass, against what earlier dates (and earlier runs, through the ledger) left; so a
 * run over several weeks decides as the same weeks run one after the other. Every index is built in
 * time linear (or n log n) in the input.
 *
 * <p>The parts, each owning its arrays: {@link RunContext} (policy, dictionaries, rejected lines),
 * {@link DeductionTable} and {@link AuthorizationTable} (the input as columns, with the deductions'
 * states and the authorizations' balances), {@link ReferenceIndex} and {@link AuthorizationGroups}
 * (the authorizations by reference and by (account, type) and amount), {@link Settlement} (consuming
 * and settling), one class per pass ({@link ReferencePass}, {@link AmountPass}, {@link OneToManyPass},
 * {@link ManyToOnePass}), and {@link RunOutcome} and {@link LedgerUpdate} for what the run leaves.
 * Confined to the thread that runs it until the result is published; read-only afterwards.
 */
final class MatchingRun {

  private final RunContext context;

  MatchingRun(MatchingPolicy policy, DeductionLedger ledger, boolean concernedOnly) {
    this.context = new RunContext(policy, ledger, concernedOnly);
  }

  MatchingResult run(Collection<Deduction> deductionLines, Collection<Authorization> authorizationLines) {
    context.expect(deductionLines.size(), authorizationLines.size());
    DeductionTable deductions = new DeductionTable(context, deductionLines);
    return run(deductions, AuthorizationTable.of(context, authorizationLines));
  }

  MatchingResult run(Collection<Deduction> deductionLines, AuthorizationListing listing) {
    context.expect(deductionLines.size(), listing.size());
    DeductionTable deductions = new DeductionTable(context, deductionLines);
    return run(deductions, AuthorizationTable.of(context, listing));
  }

  private MatchingResult run(DeductionTable deductions, AuthorizationTable authorizations) {
    context.release();
    AuthorizationGroups groups = new AuthorizationGroups(authorizations, context.groupCount(), context.references);
    Settlement settlement = new Settlement(context, deductions, authorizations, groups);
    Coincidence coincidence = new Coincidence(context.policy);
    ReferencePass references = new ReferencePass(context, deductions, authorizations,
        new ReferenceIndex(authorizations, deductions, context.references), settlement);
    AmountPass amounts = new AmountPass(context, deductions, authorizations, groups, settlement);
    OneToManyPass oneToMany = new OneToManyPass(context, deductions, authorizations, groups, settlement, coincidence);
    ManyToOnePass manyToOne = new ManyToOnePass(context, deductions, authorizations, groups, settlement, coincidence);
    retryCarried(deductions, authorizations, settlement, references, amounts);
    int[] date = deductions.date;
    for (int start = 0; start < deductions.newCount; ) {
      int end = start;
      while (end < deductions.newCount && date[end] == date[start]) {
        end++;
      }
      matchDate(start, end, deductions, settlement, references, amounts, oneToMany, manyToOne);
      start = end;
    }
    context.sortRejected();
    RunOutcome outcome = new RunOutcome(context, deductions, authorizations, settlement);
    MatchingSummary summary = outcome.summarise();
    // What only the passes needed goes, so a result kept alive holds its outcome and no more.
    authorizations.release();
    deductions.unsearched = null;
    deductions.chanceSplit = null;
    deductions.coincidental = null;
    return new MatchingResult(outcome, summary, context.rejected);
  }

  /**
   * The ledger's deductions that may be tried again ({@link LedgerLine#retriable}) of the accounts with an
   * authorization new to the ledger, before this run's lines and by date: each may take only new
   * authorizations (one run over all the weeks would have offered them on its date; the others it has
   * been offered already), by reference, then by exact amount, then by near amount. Not as one claim for
   * several: whether a sum found by amount alone is evidence depends on all the candidates of the account
   * (see {@link Coincidence}), and those of a later week are not the ones its date had. One that no pass
   * matches keeps its state, as does every other carried deduction.
   */
  private void retryCarried(DeductionTable deductions, AuthorizationTable authorizations, Settlement settlement,
      ReferencePass references, AmountPass amounts) {
    byte[] state = deductions.state;
    int[] date = deductions.date;
    // The accounts with a new authorization: the carried deductions of the others have nothing to take.
    boolean[] freshAccount = new boolean[context.accounts.size()];
    for (int a = 0; a < authorizations.count; a++) {
      freshAccount[authorizations.account[a]] |= authorizations.fresh[a];
    }
    settlement.onlyFresh = authorizations.fresh;
    for (int start = deductions.newCount; start < deductions.count; ) {
      int end = start;
      while (end < deductions.count && date[end] == date[start]) {
        end++;
      }
      boolean any = false;
      for (int d = start; d < end; d++) {
        if (deductions.retriable[d - deductions.newCount] && freshAccount[deductions.account[d]]) {
          state[d] = RunContext.PENDING;
          any = true;
        }
      }
      if (any) {
        retryDate(start, end, deductions, references, amounts);
      }
      start = end;
    }
    settlement.onlyFresh = null;
  }

  private void retryDate(int from, int to, DeductionTable deductions, ReferencePass references,
      AmountPass amounts) {
    byte[] state = deductions.state;
    for (int d = from; d < to; d++) {
      if (state[d] == RunContext.PENDING && deductions.ref[d] != ReferenceTable.NONE) {
        references.match(d);
      }
    }
    for (int d = from; d < to; d++) {
      if (state[d] == RunContext.PENDING) {
        amounts.match(d, true);
      }
    }
    for (int d = from; d < to; d++) {
      if (state[d] == RunContext.PENDING) {
        amounts.match(d, false);
      }
    }
    for (int d = from; d < to; d++) {
      if (deductions.retriable[d - deductions.newCount] && deductions.firstMatch[d] < 0) {
        // Not matched (pending still, or left unresolved among several new authorizations): as it was.
        deductions.restoreCarried(d);
      }
    }
  }

  /** Every pass, for the deductions of one date. */
  private void matchDate(int from, int to, DeductionTable deductions, Settlement settlement,
      ReferencePass references, AmountPass amounts, OneToManyPass oneToMany, ManyToOnePass manyToOne) {
    byte[] state = deductions.state;
    references.markDuplicates(from, to);
    for (int base = from; base < to; base += ReferenceTable.BATCH) {
      int end = Math.min(base + ReferenceTable.BATCH, to);
      references.readAhead(base, end);
      for (int d = base; d < end; d++) {
        // A reason code of no type (a penalty, a fine) is disputed even when it quotes one of our
        // references: what it claims is not what the reference authorizes.
        if (state[d] == RunContext.PENDING && deductions.ref[d] != ReferenceTable.NONE && deductions.type[d] >= 0) {
          references.match(d);
        }
      }
    }
    for (int d = from; d < to; d++) {
      if (state[d] == RunContext.PENDING && deductions.type[d] >= 0) {
        amounts.match(d, true);
      }
    }
    if (context.combine) {
      for (int d = from; d < to; d++) {
        if (deductions.combinable(d)) {
          manyToOne.addWaiting(d);
        }
      }
      for (int d = from; d < to; d++) {
        if (deductions.combinable(d) && state[d] == RunContext.PENDING) {
          oneToMany.match(d);
        }
      }
      for (int d = from; d < to; d++) {
        if (deductions.combinable(d) && state[d] == RunContext.PENDING) {
          manyToOne.match(d);
        }
      }
    }
    for (int d = from; d < to; d++) {
      if (state[d] == RunContext.PENDING && deductions.type[d] >= 0 && !deductions.coincidental[d]
          && !manyToOne.nearItsChanceCompletion(d)) {
        amounts.match(d, false);
      }
    }
    for (int d = from; d < to; d++) {
      if (state[d] == RunContext.PENDING && deductions.chanceSplit[d] >= 0) {
        settlement.unresolved(d, new int[] {deductions.chanceSplit[d]});
      } else if (state[d] == DeductionState.UNRESOLVED.ordinal() && deductions.chanceSplit[d] >= 0) {
        // Left unresolved since (near amounts, or a later claim's pairs): the chance completion leads.
        settlement.unresolved(d, ManyToOnePass.leading(deductions.chanceSplit[d], deductions.candidates[d]));
      } else if (state[d] == RunContext.PENDING && deductions.unsearched[d] != null && !oneToMany.nothingAddsUp(d)) {
        settlement.unresolved(d, deductions.unsearched[d]);
      } else if (state[d] == RunContext.PENDING) {
        settlement.unmatched(d);
      }
    }
  }
}
