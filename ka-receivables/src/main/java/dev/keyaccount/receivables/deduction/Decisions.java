package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.util.HashMap;
import java.util.Map;
import org.javamoney.moneta.Money;

/** Applies one {@link DeductionDecision} to a ledger: the rules of each kind, and the new version. */
final class Decisions {

  private final DeductionLedger ledger;
  private final LedgerDeduction d;
  private final DeductionDecision decision;
  private final Money zero;

  Decisions(DeductionLedger ledger, LedgerDeduction d, DeductionDecision decision) {
    this.ledger = ledger;
    this.d = d;
    this.decision = decision;
    this.zero = Monies.zero(ledger.currency());
  }

  DeductionLedger apply() {
    if (decision.date().isBefore(d.date())) {
      throw Args.invalid("date", "not be before the deduction's date " + d.date(), decision.date());
    }
    LedgerDeduction.Builder next = LedgerDeduction.builder().from(d).decided(true);
    Money open = d.open();
    Map<String, AuthorizationUse> uses = new HashMap<>();
    LedgerEvent.Kind kind = LedgerEvent.Kind.DECIDED;
    Money concerned = d.amount();
    switch (decision.kind()) {
      case MATCH -> {
        requireUndecided();
        Money taken = match(uses);
        Money disputed = open.subtract(taken);
        next.matched(d.matched().add(taken)).unresolved(zero).disputed(disputed)
            .state(disputed.isZero() ? DeductionState.VALID : DeductionState.PARTIALLY_VALID);
      }
      case ACCEPT, WRITE_OFF -> {
        if (decision.amount().isPresent()) {
          Money amount = disputedPart();
          next.disputed(d.disputed().subtract(amount)).writtenOff(d.writtenOff().add(amount));
          kind = LedgerEvent.Kind.WRITTEN_OFF;
          concerned = amount;
          break;
        }
        requireUndecided();
        requireOpen(open);
        next.writtenOff(d.writtenOff().add(open)).disputed(zero).unresolved(zero)
            .state(d.matched().isZero() ? DeductionState.WRITTEN_OFF : DeductionState.VALID);
      }
      case DISPUTE -> {
        requireUndecided();
        requireOpen(open);
        next.disputed(open).unresolved(zero)
            .state(d.state() == DeductionState.UNRESOLVED || d.state() == DeductionState.WRITTEN_OFF
                ? DeductionState.UNAUTHORIZED : d.state());
      }
      case RECOVER, ACCEPT_LOSS -> {
        Money amount = disputedPart();
        boolean recover = decision.kind() == DeductionDecision.Kind.RECOVER;
        next.disputed(d.disputed().subtract(amount));
        if (recover) {
          next.recovered(d.recovered().add(amount));
        } else {
          next.lossAccepted(d.lossAccepted().add(amount));
        }
        kind = recover ? LedgerEvent.Kind.RECOVERED : LedgerEvent.Kind.LOSS_ACCEPTED;
        concerned = amount;
      }
      default -> throw new IllegalStateException(decision.kind().name());
    }
    LedgerDeduction built = next.build();
    LedgerDeduction decided = LedgerDeduction.builder().from(built)
        .addHistory(LedgerEvent.of(decision.date(), kind, built.state(), concerned)).build();
    return nextLedger(decided, uses);
  }

  /** The next version of the ledger: the decided deduction and the changed uses. */
  private DeductionLedger nextLedger(LedgerDeduction decided, Map<String, AuthorizationUse> changedUses) {
    HashMap<String, UseLine> lines = new HashMap<>();
    changedUses.forEach((id, use) -> lines.put(id, UseLine.of(use)));
    HashMap<String, LedgerLine> deduction = new HashMap<>();
    deduction.put(decided.id(), LedgerLine.of(decided));
    return ledger.nextTaking(deduction, new HashMap<>(), lines);
  }

  private Money match(Map<String, AuthorizationUse> uses) {
    Money taken = zero;
    for (AuthorizationMatch m : decision.matches()) {
      UseLine line = ledger.state().useOrNull(m.authorizationId());
      if (line == null) {
        throw Args.invalid("matches", "name authorizations the ledger has seen", "'" + m.authorizationId() + "'");
      }
      AuthorizationUse use = line.toUse(ledger.currency());
      AuthorizationUse current = uses.getOrDefault(use.authorizationId(), use);
      Money amount = Monies.of(m.amount());
      if (!amount.getCurrency().equals(ledger.currency())) {
        Args.sameCurrency(amount, ledger.currency(), "matches '" + m.authorizationId() + "' amount");
      }
      if (amount.isGreaterThan(current.remaining())) {
        throw Args.invalid("matches", "take at most the remaining " + current.remaining() + " of '"
            + m.authorizationId() + "'", amount);
      }
      uses.put(use.authorizationId(), AuthorizationUse.builder().from(current)
          .addConsumptions(Consumption.of(d.id(), amount, decision.date())).build());
      taken = taken.add(amount);
    }
    if (taken.isGreaterThan(d.open())) {
      throw Args.invalid("matches", "add up to at most the open " + d.open() + " of '" + d.id() + "'", taken);
    }
    return taken;
  }

  /** The decision's amount, checked against the deduction's disputed amount. */
  private Money disputedPart() {
    Money amount = Monies.of(decision.amount().orElseThrow());
    Args.sameCurrency(amount, ledger.currency(), "amount");
    if (amount.isGreaterThan(d.disputed())) {
      throw Args.invalid("amount", "be at most the disputed " + d.disputed() + " of '" + d.id() + "'", amount);
    }
    return amount;
  }

  private void requireUndecided() {
    if (d.decided()) {
      throw Args.invalid("decision", "concern an undecided deduction", "'" + d.id() + "' (" + decision.kind()
          + ", already decided)");
    }
  }

  private void requireOpen(Money open) {
    if (open.isZero() && !d.awaitsComplement()) {
      throw Args.invalid("decision", "concern a deduction with an open amount", "'" + d.id() + "' (" + d.state()
          + ")");
    }
  }
}
