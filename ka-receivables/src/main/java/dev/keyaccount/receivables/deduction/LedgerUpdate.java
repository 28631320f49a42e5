package dev.keyaccount.receivables.deduction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
    Map<String, LedgerDeduction> changed = new HashMap<>(newCount * 2);
    Map<String, String> claims = new HashMap<>();
    Map<String, AuthorizationUse> uses = new HashMap<>();
    for (int d = 0; d < newCount; d++) {
      Deduction source = deductions.source[d];
      Money amount = context.money(deductions.amount[d]);
      int type = deductions.type[d];
      LedgerDeduction record = record(d, amount, LedgerDeduction.builder().id(deductions.id[d])
          .accountId(source.accountId()).type(type < 0 ? Optional.empty() : Optional.of(RunContext.TYPES[type]))
          .reference(source.reference()).amount(amount).date(source.date()), LedgerEvent.Kind.MATCHED);
      changed.put(record.id(), record);
      if (source.reference().isPresent() && deductions.duplicateOf[d] < 0 && deductions.duplicateOfLedger[d] == null) {
        int ref = deductions.ref[d];
        String text = ref == ReferenceTable.NONE ? "" : context.references.text(ref);
        if (!text.isEmpty()) {
          claims.putIfAbsent(DeductionLedger.claimKey(source.accountId(), type, text, deductions.amount[d]),
              deductions.id[d]);
        }
      }
    }
    for (int d : deductions.changedCarried()) {
      LedgerDeduction c = deductions.carried[d - newCount];
      changed.put(c.id(), record(d, context.money(deductions.amount[d]), LedgerDeduction.builder().from(c),
          LedgerEvent.Kind.REMATCHED));
    }
    for (int d = 0; d < deductions.count; d++) {
      LocalDate date = LocalDate.ofEpochDay(deductions.date[d]);
      for (int m = deductions.firstMatch[d]; m >= 0; m = settlement.matchNext[m]) {
        if (settlement.matchAmount[m] == 0) {
          continue;
        }
        String id = authorizations.id[settlement.matchAuthorization[m]];
        AuthorizationUse use = uses.get(id);
        if (use == null) {
          use = listedUse(settlement.matchAuthorization[m], ledger.useOrNull(id));
        }
        uses.put(id, AuthorizationUse.builder().from(use)
            .addConsumptions(Consumption.of(deductions.id[d], context.money(settlement.matchAmount[m]), date)).build());
      }
    }
    for (int a = 0; a < authorizations.count; a++) {
      String id = authorizations.id[a];
      if (!uses.containsKey(id)) {
        AuthorizationUse prior = ledger.useOrNull(id);
        if (prior == null || prior.amount().getNumberStripped()
            .compareTo(context.money(authorizations.amount[a]).getNumberStripped()) != 0) {
          uses.put(id, listedUse(a, prior));
        }
      }
    }
    return ledger.next(changed, claims, uses);
  }

  /** What the ledger knew of the authorization, with the amount of this run's listing. */
  private AuthorizationUse listedUse(int a, AuthorizationUse prior) {
    AuthorizationUse.Builder use = AuthorizationUse.builder();
    if (prior != null) {
      use.from(prior);
    }
    return use.authorizationId(authorizations.id[a]).amount(context.money(authorizations.amount[a])).build();
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
