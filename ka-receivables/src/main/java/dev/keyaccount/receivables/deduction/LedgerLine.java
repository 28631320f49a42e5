package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * A {@link LedgerDeduction} as the ledger keeps it: amounts in minor units, the date as an epoch
 * day, and no history when the only event is the run that first matched it (the common case), so a
 * ledger of a million deductions holds a million small objects instead of a value, an event, a list
 * and seven amounts each. The public value is built on demand by {@link #toDeduction(CurrencyUnit)},
 * equal to the one this line was made from. Immutable.
 */
final class LedgerLine {

  final String id;
  final String accountId;
  /** The reference as written, or null. */
  final String reference;
  /** The reason type's ordinal, or -1. */
  final byte type;
  final byte state;
  final boolean decided;
  final int date;
  final long amount;
  final long matched;
  final long writtenOff;
  final long disputed;
  final long unresolved;
  final long recovered;
  final long lossAccepted;
  /** Every event, or null for the single event {@code (date, MATCHED, state, amount)}. */
  private final LedgerEvent[] history;

  LedgerLine(String id, String accountId, String reference, int type, int date, long amount, int state,
      long matched, long writtenOff, long disputed, long unresolved) {
    this(id, accountId, reference, type, date, amount, state, false, new long[] {matched, writtenOff, disputed,
        unresolved, 0, 0}, null);
  }

  private LedgerLine(String id, String accountId, String reference, int type, int date, long amount, int state,
      boolean decided, long[] parts, LedgerEvent[] history) {
    this.id = id;
    this.accountId = accountId;
    this.reference = reference;
    this.type = (byte) type;
    this.date = date;
    this.amount = amount;
    this.state = (byte) state;
    this.decided = decided;
    this.matched = parts[0];
    this.writtenOff = parts[1];
    this.disputed = parts[2];
    this.unresolved = parts[3];
    this.recovered = parts[4];
    this.lossAccepted = parts[5];
    this.history = history;
    long sum = 0;
    for (long part : parts) {
      // Each part is at most the amount, itself bounded far below Long.MAX_VALUE / 6: no overflow.
      if (part < 0 || part > amount) {
        throw Args.invalid("parts of " + id, "be between 0 and the amount " + amount, part);
      }
      sum += part;
    }
    if (sum != amount) {
      throw Args.invalid("amount", "equal the sum of its parts " + sum, amount);
    }
  }

  /** A line as a {@link LedgerBlock} keeps it: parts are matched, written off, disputed, unresolved, recovered, loss accepted. */
  static LedgerLine restore(String id, String accountId, String reference, int type, int date, long amount,
      int state, boolean decided, long[] parts, LedgerEvent[] history) {
    return new LedgerLine(id, accountId, reference, type, date, amount, state, decided, parts, history);
  }

  /** The stored history (not a copy), or null when it is the one implied event. */
  LedgerEvent[] storedHistory() {
    return history;
  }

  /** The line of a public value. */
  static LedgerLine of(LedgerDeduction d) {
    long[] parts = {Monies.toMinorUnits(d.matched()), Monies.toMinorUnits(d.writtenOff()),
        Monies.toMinorUnits(d.disputed()), Monies.toMinorUnits(d.unresolved()), Monies.toMinorUnits(d.recovered()),
        Monies.toMinorUnits(d.lossAccepted())};
    long amount = Monies.toMinorUnits(d.amount());
    LocalDate day = d.date();
    if (day.isBefore(DeductionMatcher.MIN_DATE) || day.isAfter(DeductionMatcher.MAX_DATE)) {
      throw Args.invalid("date of " + d.id(), "be between " + DeductionMatcher.MIN_DATE + " and "
          + DeductionMatcher.MAX_DATE, day);
    }
    int date = (int) day.toEpochDay();
    DeductionState state = d.state();
    List<LedgerEvent> events = d.history();
    boolean implied = !d.decided() && events.size() == 1 && isImplied(events.get(0), date, state, amount);
    return new LedgerLine(d.id(), d.accountId(), d.reference().orElse(null), d.type().map(Enum::ordinal).orElse(-1),
        date, amount, state.ordinal(), d.decided(), parts, implied ? null : events.toArray(new LedgerEvent[0]));
  }

  private static boolean isImplied(LedgerEvent e, int date, DeductionState state, long amount) {
    return e.kind() == LedgerEvent.Kind.MATCHED && e.state() == state && e.date().toEpochDay() == date
        && Monies.toMinorUnits(e.amount()) == amount;
  }

  /** The public value, equal to the one this line was made from. */
  LedgerDeduction toDeduction(CurrencyUnit currency) {
    Money whole = Monies.ofMinorUnits(amount, currency);
    Money zero = Monies.zero(currency);
    LocalDate day = LocalDate.ofEpochDay(date);
    DeductionState current = RunContext.STATES[state];
    LedgerDeduction.Builder b = LedgerDeduction.builder().id(id).accountId(accountId)
        .type(type < 0 ? Optional.empty() : Optional.of(RunContext.TYPES[type]))
        .reference(Optional.ofNullable(reference)).amount(whole).date(day).state(current).decided(decided)
        .matched(money(matched, whole, zero, currency)).writtenOff(money(writtenOff, whole, zero, currency))
        .disputed(money(disputed, whole, zero, currency)).unresolved(money(unresolved, whole, zero, currency))
        .recovered(money(recovered, whole, zero, currency)).lossAccepted(money(lossAccepted, whole, zero, currency));
    if (history == null) {
      b.addHistory(LedgerEvent.of(day, LedgerEvent.Kind.MATCHED, current, whole));
    } else {
      b.addHistory(history);
    }
    return b.build();
  }

  private Money money(long minorUnits, Money whole, Money zero, CurrencyUnit currency) {
    return minorUnits == amount ? whole : minorUnits == 0 ? zero : Monies.ofMinorUnits(minorUnits, currency);
  }

  /** How many events its history has. */
  int eventCount() {
    return history == null ? 1 : history.length;
  }

  /** Event {@code k} as kept, or null for the implied single event {@code (date, MATCHED, state, amount)}. */
  LedgerEvent storedEvent(int k) {
    return history == null ? null : history[k];
  }

  /** The amount still at stake: disputed plus unresolved. */
  long open() {
    return disputed + unresolved;
  }

  /** As {@link LedgerDeduction#awaitsComplement()}. */
  boolean awaitsComplement() {
    return awaitsComplement(decided, reference, type, matched, state);
  }

  /** As {@link LedgerDeduction#awaitsComplement()}, from a line's fields. */
  static boolean awaitsComplement(boolean decided, String reference, int type, long matched, int state) {
    DeductionState s = RunContext.STATES[state];
    return !decided && reference == null && type >= 0 && matched == 0
        && (s == DeductionState.UNAUTHORIZED || s == DeductionState.WRITTEN_OFF || s == DeductionState.UNRESOLVED);
  }

  /**
   * Whether a later run tries it again, alone, against the authorizations new to the ledger of its
   * account: undecided, nothing matched, of a reason type, and unauthorized, or written off without a
   * reference. One run over all the weeks would have offered it those authorizations on its date.
   */
  boolean retriable() {
    DeductionState s = RunContext.STATES[state];
    return !decided && type >= 0 && matched == 0
        && (s == DeductionState.UNAUTHORIZED || s == DeductionState.WRITTEN_OFF && reference == null);
  }

  /** Whether the ledger lists it among the open deductions. */
  boolean isOpen() {
    return open() != 0 || awaitsComplement();
  }
}
