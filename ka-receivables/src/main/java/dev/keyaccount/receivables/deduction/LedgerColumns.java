package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.money.Monies;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * A ledger's deductions as columns, for writing a million of them without building a
 * {@link LedgerDeduction} each: row {@code i} holds the figures of the {@code i}-th value of
 * {@link DeductionLedger#deductions()} (or of {@link DeductionLedger#openDeductions()}, by date, then
 * id), the amounts as whole minor units of {@link #currency()} ({@code 1234.50} CNY is
 * {@code 123450}), and its history as events {@code 0} to {@code eventCount(i) - 1}. Only what an
 * accessor returns is built. Immutable and thread-safe.
 */
public final class LedgerColumns {

  private final CurrencyUnit currency;
  private final LedgerRows rows;
  private final LedgerBlock block;

  LedgerColumns(CurrencyUnit currency, LedgerRows rows) {
    this.currency = currency;
    this.rows = rows;
    this.block = rows.block();
  }

  /**
   * The currency of every amount.
   *
   * @return the ledger's currency
   */
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * How many deductions.
   *
   * @return the number of rows
   */
  public int size() {
    return rows.size();
  }

  /** The row's line of the layers, for a code below 0. */
  private LedgerLine extra(int code) {
    return rows.extra[-1 - code];
  }

  /**
   * As {@link LedgerDeduction#id()}.
   *
   * @param row the row, from 0
   * @return the deduction's id
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public String id(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.id(c) : extra(c).id;
  }

  /**
   * As {@link LedgerDeduction#accountId()}.
   *
   * @param row the row, from 0
   * @return the account
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public String accountId(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.accountId(c) : extra(c).accountId;
  }

  /**
   * As {@link LedgerDeduction#type()}.
   *
   * @param row the row, from 0
   * @return the reason type, empty for a code of no type
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public Optional<ReasonType> type(int row) {
    int c = rows.code(row);
    int type = c >= 0 ? block.type(c) : extra(c).type;
    return type < 0 ? Optional.empty() : Optional.of(RunContext.TYPES[type]);
  }

  /**
   * As {@link LedgerDeduction#reference()}.
   *
   * @param row the row, from 0
   * @return the reference as written, empty if none
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public Optional<String> reference(int row) {
    int c = rows.code(row);
    return Optional.ofNullable(c >= 0 ? block.reference(c) : extra(c).reference);
  }

  /**
   * As {@link LedgerDeduction#date()}.
   *
   * @param row the row, from 0
   * @return the deduction's date
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public LocalDate date(int row) {
    return LocalDate.ofEpochDay(day(row));
  }

  /**
   * As {@link LedgerDeduction#state()}.
   *
   * @param row the row, from 0
   * @return the current state
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public DeductionState state(int row) {
    return RunContext.STATES[stateOrdinal(row)];
  }

  /**
   * As {@link LedgerDeduction#decided()}.
   *
   * @param row the row, from 0
   * @return whether a person decided it
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public boolean decided(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.decided(c) : extra(c).decided;
  }

  /**
   * As {@link LedgerDeduction#amount()}, in minor units.
   *
   * @param row the row, from 0
   * @return the amount deducted
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long amountMinorUnits(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.amount(c) : extra(c).amount;
  }

  /**
   * As {@link LedgerDeduction#matched()}, in minor units.
   *
   * @param row the row, from 0
   * @return the part matched to authorizations
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long matchedMinorUnits(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.matched(c) : extra(c).matched;
  }

  /**
   * As {@link LedgerDeduction#writtenOff()}, in minor units.
   *
   * @param row the row, from 0
   * @return the part written off
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long writtenOffMinorUnits(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.writtenOff(c) : extra(c).writtenOff;
  }

  /**
   * As {@link LedgerDeduction#disputed()}, in minor units.
   *
   * @param row the row, from 0
   * @return the part disputed
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long disputedMinorUnits(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.disputed(c) : extra(c).disputed;
  }

  /**
   * As {@link LedgerDeduction#unresolved()}, in minor units.
   *
   * @param row the row, from 0
   * @return the part unresolved
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long unresolvedMinorUnits(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.unresolved(c) : extra(c).unresolved;
  }

  /**
   * As {@link LedgerDeduction#open()}, in minor units: the part disputed plus the part unresolved.
   *
   * @param row the row, from 0
   * @return the part still open
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long openMinorUnits(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.disputed(c) + block.unresolved(c) : extra(c).open();
  }

  /**
   * As {@link LedgerDeduction#recovered()}, in minor units.
   *
   * @param row the row, from 0
   * @return the part the retailer paid back
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long recoveredMinorUnits(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.recovered(c) : extra(c).recovered;
  }

  /**
   * As {@link LedgerDeduction#lossAccepted()}, in minor units.
   *
   * @param row the row, from 0
   * @return the part accepted as a loss
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public long lossAcceptedMinorUnits(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.lossAccepted(c) : extra(c).lossAccepted;
  }

  /**
   * As {@link LedgerDeduction#awaitsComplement()}.
   *
   * @param row the row, from 0
   * @return whether a later line may still complete it
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public boolean awaitsComplement(int row) {
    int c = rows.code(row);
    return c >= 0 ? LedgerLine.awaitsComplement(block.decided(c), block.reference(c), block.type(c),
        block.matched(c), block.state(c)) : extra(c).awaitsComplement();
  }

  /**
   * How many events the deduction's history has ({@link LedgerDeduction#history()}'s size).
   *
   * @param row the row, from 0
   * @return at least 1
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public int eventCount(int row) {
    LedgerEvent[] history = history(row);
    return history == null ? 1 : history.length;
  }

  /**
   * Whether the row's history is the one event a matching run implies: {@code MATCHED} on the
   * deduction's date, in its current state, for its whole amount, with no decision and nothing since (the
   * history of most deductions). A file may leave such a history out, and its reader imply it again.
   *
   * @param row the row, from 0
   * @return true if {@link #eventCount} is 1 and that event is the implied one
   * @throws IndexOutOfBoundsException if the row is not in {@code [0, size())}
   */
  public boolean impliedHistory(int row) {
    return history(row) == null;
  }

  /** The row's stored history (not a copy), or null for its one implied event. */
  private LedgerEvent[] history(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.history(c) : extra(c).storedHistory();
  }

  /** The row's date as an epoch day. */
  private int day(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.date(c) : extra(c).date;
  }

  /** The ordinal of the row's state. */
  private int stateOrdinal(int row) {
    int c = rows.code(row);
    return c >= 0 ? block.state(c) : extra(c).state;
  }

  /** The stored event of the row, or null when it is the one implied event. */
  private LedgerEvent event(int row, int event) {
    LedgerEvent[] history = history(row);
    Objects.checkIndex(event, history == null ? 1 : history.length);
    return history == null ? null : history[event];
  }

  /**
   * As {@link LedgerEvent#date()} of event {@code event} of the row's history.
   *
   * @param row the row, from 0
   * @param event the event, from 0
   * @return when it happened
   * @throws IndexOutOfBoundsException if the row or the event is out of range
   */
  public LocalDate eventDate(int row, int event) {
    LedgerEvent e = event(row, event);
    return e == null ? LocalDate.ofEpochDay(day(row)) : e.date();
  }

  /**
   * As {@link LedgerEvent#kind()} of event {@code event} of the row's history.
   *
   * @param row the row, from 0
   * @param event the event, from 0
   * @return what happened
   * @throws IndexOutOfBoundsException if the row or the event is out of range
   */
  public LedgerEvent.Kind eventKind(int row, int event) {
    LedgerEvent e = event(row, event);
    return e == null ? LedgerEvent.Kind.MATCHED : e.kind();
  }

  /**
   * As {@link LedgerEvent#state()} of event {@code event} of the row's history.
   *
   * @param row the row, from 0
   * @param event the event, from 0
   * @return the state it left
   * @throws IndexOutOfBoundsException if the row or the event is out of range
   */
  public DeductionState eventState(int row, int event) {
    LedgerEvent e = event(row, event);
    return e == null ? RunContext.STATES[stateOrdinal(row)] : e.state();
  }

  /**
   * As {@link LedgerEvent#amount()} of event {@code event} of the row's history, in minor units.
   *
   * @param row the row, from 0
   * @param event the event, from 0
   * @return the amount it concerned
   * @throws IndexOutOfBoundsException if the row or the event is out of range
   */
  public long eventAmountMinorUnits(int row, int event) {
    LedgerEvent e = event(row, event);
    return e == null ? amountMinorUnits(row) : Monies.toMinorUnits(e.amount());
  }
}
