package dev.keyaccount.receivables.deduction;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
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
    if (ledger.deductionCount() + ledger.useCount() <= deductions.newCount + authorizations.count) {
      return rebased(ledger);
    }
    int newCount = deductions.newCount;
    HashMap<String, LedgerLine> changed = new HashMap<>(newCount * 2);
    HashMap<ClaimKey, String> claims = new HashMap<>(newCount * 2);
    for (int d = 0; d < newCount; d++) {
      LedgerLine line = line(d);
      changed.put(line.id, line);
      String text = claimText(d);
      if (text != null) {
        claims.putIfAbsent(new ClaimKey(line.accountId, deductions.type[d], text, line.amount), line.id);
      }
    }
    for (int d : deductions.changedCarried()) {
      LedgerLine line = rematched(d);
      changed.put(line.id, line);
    }
    HashMap<String, UseLine> uses = new HashMap<>();
    uses(ledger, uses::put);
    return ledger.nextTaking(changed, claims, uses);
  }

  /**
   * The next ledger rebuilt as columns: this run's deductions, the earlier ones it changed, every other
   * earlier one, and every use likewise. A run at least as large as the ledger before it rebuilds it, at
   * a cost in proportion to the run; a smaller one adds a layer of changes.
   */
  private DeductionLedger rebased(DeductionLedger ledger) {
    LedgerState earlier = ledger.state();
    // Vouched builders, no index made while adding: a new deduction's id is unique and unknown to the
    // ledger (the run rejected any other), as is its claim when it makes one (the run marked a repeat of
    // one of its own or of the ledger's claims as a duplicate, which makes none); each earlier line and
    // use keeps its own id and claim, and one this run changed is added once, as changed.
    LedgerBlockBuilder lines = LedgerBlockBuilder.vouched(deductions.newCount + ledger.deductionCount());
    for (int d = 0; d < deductions.newCount; d++) {
      boolean claims = makesClaim(d);
      lines.addVouched(line(d), claims, claims ? LedgerBlock.claimHash(context.accounts.get(deductions.account[d]),
          deductions.type[d], context.references.textHash(deductions.ref[d]), deductions.amount[d]) : 0);
    }
    List<Integer> changedCarried = deductions.changedCarried();
    Set<String> changed = new HashSet<>();
    for (int d : changedCarried) {
      LedgerLine line = rematched(d);
      changed.add(line.id);
      addEarlier(lines, earlier, line);
    }
    if (ledger.deductionCount() > 0) {
      earlier.forEachLine(line -> {
        if (!changed.contains(line.id)) {
          addEarlier(lines, earlier, line);
        }
      });
    }
    UseBlock.Builder useLines = UseBlock.Builder.vouched(authorizations.count + ledger.useCount());
    Set<String> changedUses = ledger.useCount() > 0 ? new HashSet<>() : null;
    uses(ledger, (id, use) -> {
      useLines.add(use);
      if (changedUses != null) {
        changedUses.add(id);
      }
    });
    if (changedUses != null) {
      earlier.forEachUse(use -> {
        if (!changedUses.contains(use.authorizationId)) {
          useLines.add(use);
        }
      });
    }
    return DeductionLedger.ofBlocks(ledger.currency(), lines.build(), useLines.build());
  }

  /** The ledger's line of new deduction {@code d}. */
  private LedgerLine line(int d) {
    return new LedgerLine(deductions.id[d], context.accounts.get(deductions.account[d]), deductions.reference[d],
        deductions.type[d], deductions.date[d], deductions.amount[d], deductions.state[d], settlement.matchedAmount(d),
        deductions.writtenOff[d], deductions.disputed[d], settlement.unresolvedAmount(d));
  }

  /** Adds an earlier line, owning the claim it owned. */
  private static void addEarlier(LedgerBlockBuilder lines, LedgerState earlier, LedgerLine line) {
    String text = earlier.ownedClaimText(line);
    lines.addVouched(line, text != null, text == null ? 0 : LedgerBlock.claimHash(line.accountId, line.type, text,
        line.amount));
  }

  /** Whether new deduction {@code d} makes a claim: it quotes a reference and repeats no claim. */
  private boolean makesClaim(int d) {
    return deductions.reference[d] != null && deductions.duplicateOf[d] < 0 && deductions.duplicateOfLedger[d] == null
        && deductions.ref[d] != ReferenceTable.NONE; // an empty form has no id: NONE
  }

  /** The normalised reference of new deduction {@code d} when it makes a claim (it repeats none), else null. */
  private String claimText(int d) {
    return makesClaim(d) ? context.references.text(deductions.ref[d]) : null;
  }

  /** The ledger's line of carried deduction {@code d}, rematched by this run. */
  private LedgerLine rematched(int d) {
    LedgerDeduction c = deductions.carried[d - deductions.newCount].toDeduction(context.currency);
    return LedgerLine.of(record(d, context.money(deductions.amount[d]), LedgerDeduction.builder().from(c),
        LedgerEvent.Kind.REMATCHED));
  }

  /**
   * Every listed authorization whose use changed: consumed by this run, new to the ledger, or listed
   * with another amount. This run's consumptions of each authorization are chained through
   * {@code next}, in deduction order.
   */
  private void uses(DeductionLedger ledger, BiConsumer<String, UseLine> sink) {
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
    String[] ids = new String[4];
    long[] amounts = new long[4];
    int[] dates = new int[4];
    for (int a = 0; a < authorizations.count; a++) {
      String id = authorizations.id[a];
      long amount = authorizations.amount[a];
      UseLine prior = ledger.state().useOrNull(id);
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
        sink.accept(id, use);
      }
    }
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
