package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * What a finished run leaves, read by its {@link MatchingResult}: the results and balances built on
 * demand from the tables (a million results are not held as values), the summary with exact totals,
 * and the next ledger. Read-only once the run is done, so safe to share between threads.
 */
final class RunOutcome {

  private final RunContext context;
  private final DeductionTable deductions;
  private final AuthorizationTable authorizations;
  private final Settlement settlement;

  RunOutcome(RunContext context, DeductionTable deductions, AuthorizationTable authorizations,
      Settlement settlement) {
    this.context = context;
    this.deductions = deductions;
    this.authorizations = authorizations;
    this.settlement = settlement;
  }

  int deductionCount() {
    return deductions.newCount;
  }

  int authorizationCount() {
    return authorizations.count;
  }

  String deductionId(int d) {
    return deductions.id[d];
  }

  DeductionState deductionState(int d) {
    return RunContext.STATES[deductions.state[d]];
  }

  long authorizationRemaining(int a) {
    return authorizations.remaining[a];
  }

  /** The ledger's deductions whose state this run changed (a split completed, a deduction tried again). */
  List<Integer> changedCarried() {
    return deductions.changedCarried();
  }

  DeductionResult deductionResult(int d) {
    long whole = deductions.amount[d];
    Money amount = context.money(whole);
    int type = deductions.type[d];
    DeductionResult.Builder result = DeductionResult.builder()
        .deductionId(deductions.id[d])
        .state(RunContext.STATES[deductions.state[d]])
        .pass(RunContext.PASSES[deductions.pass[d]])
        .type(type < 0 ? Optional.empty() : Optional.of(RunContext.TYPES[type]))
        .amount(amount)
        .matched(context.money(settlement.matchedAmount(d), whole, amount))
        .disputed(context.money(deductions.disputed[d]))
        .writtenOff(context.money(deductions.writtenOff[d]))
        .unresolved(context.money(settlement.unresolvedAmount(d)));
    for (int m = deductions.firstMatch[d]; m >= 0; m = settlement.matchNext[m]) {
      result.addMatches(AuthorizationMatch.of(authorizations.id[settlement.matchAuthorization[m]],
          context.money(settlement.matchAmount[m], whole, amount)));
    }
    if (deductions.candidates[d] != null) {
      for (int a : deductions.candidates[d]) {
        result.addCandidates(authorizations.id[a]);
      }
    }
    if (deductions.duplicateOf[d] >= 0) {
      result.duplicateOf(deductions.id[deductions.duplicateOf[d]]);
    } else if (deductions.duplicateOfLedger[d] != null) {
      result.duplicateOf(deductions.duplicateOfLedger[d]);
    }
    return result.build();
  }

  // The columns of ResultColumns: the figures deductionResult(d) puts in its value, read one at a time.

  MatchPass pass(int d) {
    return RunContext.PASSES[deductions.pass[d]];
  }

  long amount(int d) {
    return deductions.amount[d];
  }

  long matched(int d) {
    return settlement.matchedAmount(d);
  }

  long disputed(int d) {
    return deductions.disputed[d];
  }

  long writtenOff(int d) {
    return deductions.writtenOff[d];
  }

  long unresolved(int d) {
    return settlement.unresolvedAmount(d);
  }

  int matchCount(int d) {
    int count = 0;
    for (int m = deductions.firstMatch[d]; m >= 0; m = settlement.matchNext[m]) {
      count++;
    }
    return count;
  }

  /** The k-th match of the deduction, in the order of its value's matches. */
  private int match(int d, int k) {
    int m = deductions.firstMatch[d];
    for (int i = 0; i < k; i++) {
      m = settlement.matchNext[m];
    }
    return m;
  }

  String matchAuthorizationId(int d, int k) {
    return authorizations.id[settlement.matchAuthorization[match(d, k)]];
  }

  long matchAmount(int d, int k) {
    return settlement.matchAmount[match(d, k)];
  }

  int inputLine(int d) {
    return deductions.inputLine[d];
  }

  int candidateCount(int d) {
    return deductions.candidates[d] == null ? 0 : deductions.candidates[d].length;
  }

  String candidateId(int d, int k) {
    return authorizations.id[deductions.candidates[d][k]];
  }

  /** The id of the deduction this one repeats (of this run or of the ledger), or null. */
  String duplicateOf(int d) {
    return deductions.duplicateOf[d] >= 0 ? deductions.id[deductions.duplicateOf[d]] : deductions.duplicateOfLedger[d];
  }

  AuthorizationBalance authorizationBalance(int a) {
    return AuthorizationBalance.builder()
        .authorizationId(authorizations.id[a])
        .amount(context.money(authorizations.amount[a]))
        .consumed(context.money(authorizations.amount[a] - authorizations.remaining[a]))
        .remaining(context.money(authorizations.remaining[a]))
        .build();
  }

  /** Counts and exact totals of this run's deductions and of the authorizations it loaded. */
  MatchingSummary summarise() {
    DeductionState[] states = RunContext.STATES;
    int[] counts = new int[states.length];
    ExactSum[] amounts = new ExactSum[states.length];
    for (int s = 0; s < amounts.length; s++) {
      amounts[s] = new ExactSum();
    }
    ExactSum deducted = new ExactSum();
    ExactSum matched = new ExactSum();
    ExactSum disputed = new ExactSum();
    ExactSum writtenOff = new ExactSum();
    ExactSum unresolved = new ExactSum();
    int n = deductions.newCount;
    for (int d = 0; d < n; d++) {
      int state = deductions.state[d];
      counts[state]++;
      amounts[state].add(deductions.amount[d]);
      deducted.add(deductions.amount[d]);
      matched.add(settlement.matchedAmount(d));
      disputed.add(deductions.disputed[d]);
      writtenOff.add(deductions.writtenOff[d]);
      unresolved.add(settlement.unresolvedAmount(d));
    }
    ExactSum authorized = new ExactSum();
    ExactSum remaining = new ExactSum();
    ExactSum consumed = new ExactSum();
    for (int a = 0; a < authorizations.count; a++) {
      authorized.add(authorizations.amount[a]);
      remaining.add(authorizations.remaining[a]);
      consumed.add(authorizations.amount[a] - authorizations.remaining[a]);
    }
    Map<DeductionState, Integer> countMap = new EnumMap<>(DeductionState.class);
    Map<DeductionState, MonetaryAmount> amountMap = new EnumMap<>(DeductionState.class);
    for (DeductionState state : states) {
      countMap.put(state, counts[state.ordinal()]);
      amountMap.put(state, money(amounts[state.ordinal()]));
    }
    int unresolvedCount = counts[DeductionState.UNRESOLVED.ordinal()];
    int matchedCount = counts[DeductionState.VALID.ordinal()] + counts[DeductionState.PARTIALLY_VALID.ordinal()];
    BigInteger deductedTotal = deducted.value();
    return MatchingSummary.builder()
        .deductionCount(n)
        .counts(countMap)
        .amounts(amountMap)
        .totalDeducted(money(deducted))
        .matched(money(matched))
        .disputed(money(disputed))
        .writtenOff(money(writtenOff))
        .unresolved(money(unresolved))
        .totalAuthorized(money(authorized))
        .consumed(money(consumed))
        .remaining(money(remaining))
        .rejectedCount(context.rejected.size())
        .autoMatchRateByCount(rate(BigInteger.valueOf(n - unresolvedCount), BigInteger.valueOf(n)))
        .autoMatchRateByAmount(rate(deductedTotal.subtract(unresolved.value()), deductedTotal))
        .matchRateByCount(rate(BigInteger.valueOf(matchedCount), BigInteger.valueOf(n)))
        .matchRateByAmount(rate(matched.value(), deductedTotal))
        .build();
  }

  private Money money(ExactSum sum) {
    return sum.money(context.currency, context.minorDigits);
  }

  private static Rate rate(BigInteger part, BigInteger whole) {
    return whole.signum() == 0 ? Rate.ZERO : Rate.ratio(new BigDecimal(part), new BigDecimal(whole));
  }

  /** The ledger after this run: the previous one plus this run's deductions, changes and consumptions. */
  DeductionLedger nextLedger() {
    return new LedgerUpdate(context, deductions, authorizations, settlement).next();
  }
}
