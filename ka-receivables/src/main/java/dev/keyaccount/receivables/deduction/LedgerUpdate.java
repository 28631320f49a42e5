package dev.keyaccount.receivables.deduction;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import org.javamoney.moneta.Money;

/**
 * The ledger after a run: the previous one plus this run's deductions (each with its parts and the
 * event that decided it), the claims they settle (so a later repeat is a duplicate), the earlier
 * deductions this run completed, and every authorization's consumptions. Only what the run touched is
 * rebuilt; the rest of the ledger is shared.
 */
final class LedgerUpdate {

  private final RunContext context;
  private final DeductionTable deductions;
  private final AuthorizationTable authorizations;
  private final Settlement settlement;

  LedgerUpdate(RunContext context, DeductionTable deductions, AuthorizationTable authorizations,
      Settlement settlement) {
    this.context = context;
    this.deductions = deductions;
    this.authorizations = authorizations;
    this.settlement = settlement;
  }

  DeductionLedger next() {
    DeductionLedger ledger = context.ledger;
    int newCount = deductions.newCount;
    HashMap<String, LedgerLine> changed = new HashMap<>(newCount * 2);
    HashMap<DeductionLedger.ClaimKey, String> claims = new HashMap<>(newCount * 2);
    for (int d = 0; d < newCount; d++) {
      int type = deductions.type[d];
      LedgerLine line = new LedgerLine(deductions.id[d], context.accounts.get(deductions.account[d]),
          deductions.reference[d], type,
          deductions.date[d], deductions.amount[d], deductions.state[d], settlement.matchedAmount(d),
          deductions.writtenOff[d], deductions.disputed[d], settlement.unresolvedAmount(d));
      changed.put(line.id, line);
      if (line.reference != null && deductions.duplicateOf[d] < 0 && deductions.duplicateOfLedger[d] == null) {
        int ref = deductions.ref[d];
        String text = ref == ReferenceTable.NONE ? "" : context.references.text(ref);
        if (!text.isEmpty()) {
          claims.putIfAbsent(DeductionLedger.claimKey(line.accountId, type, text, line.amount), line.id);
        }
      }
    }
    for (int d : deductions.changedCarried()) {
      LedgerDeduction c = deductions.carried[d - newCount];
      LedgerDeduction rematched = record(d, context.money(deductions.amount[d]), LedgerDeduction.builder().from(c),
          LedgerEvent.Kind.REMATCHED);
      changed.put(c.id(), LedgerLine.of(rematched));
    }
    return ledger.nextTaking(changed, claims, uses(ledger));
  }

  /**
   * Every listed authorization whose use changed: consumed by this run, new to the ledger, or listed
   * with another amount. This run's consumptions of each authorization are chained through
   * {@code next}, in deduction order.
   */
  private HashMap<String, UseLine> uses(DeductionLedger ledger) {
    int[] head = new int[authorizations.count];
    int[] tail = new int[authorizations.count];
    Arrays.fill(head, -1);
    int[] next = new int[settlement.matchCount];
    int[] deductionOf = new int[settlement.matchCount];
    for (int d = 0; d < deductions.count; d++) {
      for (int m = deductions.firstMatch[d]; m >= 0; m = settlement.matchNext[m]) {
        if (settlement.matchAmount[m] == 0) {
          continue;
        }
        int a = settlement.matchAuthorization[m];
        deductionOf[m] = d;
        next[m] = -1;
        if (head[a] < 0) {
          head[a] = m;
        } else {
          next[tail[a]] = m;
        }
        tail[a] = m;
      }
    }
    HashMap<String, UseLine> uses = new HashMap<>(authorizations.count * 2);
    String[] ids = new String[4];
    long[] amounts = new long[4];
    int[] dates = new int[4];
    for (int a = 0; a < authorizations.count; a++) {
      String id = authorizations.id[a];
      long amount = authorizations.amount[a];
      UseLine prior = ledger.useOrNull(id);
      UseLine use = prior == null ? UseLine.unused(id, amount)
          : prior.amount == amount ? prior : prior.withAmount(amount);
      int k = 0;
      for (int m = head[a]; m >= 0; m = next[m]) {
        if (k == ids.length) {
          ids = Arrays.copyOf(ids, k * 2);
          amounts = Arrays.copyOf(amounts, k * 2);
          dates = Arrays.copyOf(dates, k * 2);
        }
        int d = deductionOf[m];
        ids[k] = deductions.id[d];
        amounts[k] = settlement.matchAmount[m];
        dates[k] = deductions.date[d];
        k++;
      }
      if (k > 0) {
        use = use.plus(ids, amounts, dates, k);
      }
      if (use != prior) {
        uses.put(id, use);
      }
    }
    return uses;
  }

  /** A ledger line: {@code amount} is the deduction's amount, shared by its parts and event that equal it. */
  private LedgerDeduction record(int d, Money amount, LedgerDeduction.Builder builder, LedgerEvent.Kind kind) {
    DeductionState state = RunContext.STATES[deductions.state[d]];
    Money zero = context.money(0);
    long whole = deductions.amount[d];
    return builder.state(state)
        .matched(context.money(settlement.matchedAmount(d), whole, amount))
        .writtenOff(context.money(deductions.writtenOff[d], whole, amount))
        .disputed(context.money(deductions.disputed[d], whole, amount))
        .unresolved(context.money(settlement.unresolvedAmount(d), whole, amount))
        .recovered(zero)
        .lossAccepted(zero)
        .addHistory(LedgerEvent.of(LocalDate.ofEpochDay(deductions.date[d]), kind, state, amount))
        .build();
  }
}
