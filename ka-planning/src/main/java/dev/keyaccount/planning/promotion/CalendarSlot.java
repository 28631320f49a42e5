package dev.keyaccount.planning.promotion;

import dev.keyaccount.core.Args;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A date range in an account's calendar that promotions should cover: a holiday DM slot (节假日DM档期)
 * or one of the customer's own events such as its anniversary (店庆).
 *
 * <p>The period is half-open {@code [start, end)}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CalendarSlot {

  CalendarSlot() {}

  /**
   * A holiday DM slot of an account.
   *
   * @param accountId the account
   * @param holiday the holiday
   * @param period the slot's dates, half-open
   * @return the slot, named after the holiday
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the account is blank or the period empty or unbounded
   */
  public static CalendarSlot holidayDm(String accountId, Holiday holiday, LocalDateRange period) {
    Args.notNull(holiday, "holiday");
    return ImmutableCalendarSlot.builder().accountId(accountId).name(holiday.name()).holiday(holiday)
        .period(period).build();
  }

  /**
   * A customer event of an account, such as its anniversary (店庆).
   *
   * @param accountId the account
   * @param name the event's name
   * @param period the event's dates, half-open
   * @return the slot
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the account or name is blank or the period empty or unbounded
   */
  public static CalendarSlot customerEvent(String accountId, String name, LocalDateRange period) {
    return ImmutableCalendarSlot.builder().accountId(accountId).name(name).period(period).build();
  }

  /**
   * The account the slot belongs to.
   *
   * @return the account id, not blank
   */
  public abstract String accountId();

  /**
   * The slot's name: the holiday's name or the event's.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The holiday, for a holiday DM slot.
   *
   * @return the holiday, empty for a customer event
   */
  public abstract Optional<Holiday> holiday();

  /**
   * The slot's dates, half-open.
   *
   * @return a bounded, non-empty period
   */
  public abstract LocalDateRange period();

  @Value.Check
  void check() {
    Args.notBlank(accountId(), "accountId");
    Args.notBlank(name(), "name");
    Args.check(!period().isEmpty() && !period().isUnboundedStart() && !period().isUnboundedEnd(), "period",
        "be a bounded, non-empty range", period());
  }
}
