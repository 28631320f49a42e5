package dev.keyaccount.receivables.terms;

import dev.keyaccount.core.Args;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.immutables.value.Value;

/**
 * Payment terms (账期): when an invoice falls due. Net terms count days from the invoice date
 * ({@code net(60)}: due 60 days after it); month-end terms count them from the last day of the invoice's
 * month ({@code endOfMonthPlus(60)}: "end of month + 60", an invoice of 10 January is due 60 days after
 * 31 January). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PaymentTerms {

  PaymentTerms() {}

  /** Where the days of the terms are counted from. */
  public enum Basis {
    /** From the invoice date (net N, 净N天). */
    INVOICE_DATE,
    /** From the last day of the invoice's month (月结N天). */
    END_OF_MONTH
  }

  /**
   * Net terms: due a number of days after the invoice date.
   *
   * @param days the days, not negative
   * @return the terms
   * @throws IllegalArgumentException if the days are negative
   */
  public static PaymentTerms net(int days) {
    return ImmutablePaymentTerms.of(Basis.INVOICE_DATE, days);
  }

  /**
   * Month-end terms: due a number of days after the last day of the invoice's month.
   *
   * @param days the days, not negative
   * @return the terms
   * @throws IllegalArgumentException if the days are negative
   */
  public static PaymentTerms endOfMonthPlus(int days) {
    return ImmutablePaymentTerms.of(Basis.END_OF_MONTH, days);
  }

  /**
   * Where the days are counted from.
   *
   * @return the basis
   */
  @Value.Parameter
  public abstract Basis basis();

  /** The most days of terms (ten years). */
  public static final int MAX_DAYS = 3_650;

  /**
   * The number of days.
   *
   * @return the days, from 0 to {@link #MAX_DAYS}
   */
  @Value.Parameter
  public abstract int days();

  /**
   * The due date of an invoice.
   *
   * @param invoiceDate the invoice date
   * @return the date payment is due
   * @throws NullPointerException if the date is null
   * @throws IllegalArgumentException if the due date would be after {@link LocalDate#MAX}
   */
  public LocalDate dueDate(LocalDate invoiceDate) {
    Args.notNull(invoiceDate, "invoiceDate");
    LocalDate from = basis() == Basis.END_OF_MONTH ? invoiceDate.with(TemporalAdjusters.lastDayOfMonth()) : invoiceDate;
    if (from.isAfter(LocalDate.MAX.minusDays(days()))) {
      throw Args.invalid("invoiceDate", "leave room for " + this + " before " + LocalDate.MAX, invoiceDate);
    }
    return from.plusDays(days());
  }

  /**
   * The days an invoice is overdue on a date: the days after its due date, zero before.
   *
   * @param invoiceDate the invoice date
   * @param asOf the date of the assessment (no clock is read)
   * @return the days overdue, zero if not yet due
   * @throws NullPointerException if a date is null
   */
  public long daysOverdue(LocalDate invoiceDate, LocalDate asOf) {
    return daysPastDue(dueDate(invoiceDate), asOf);
  }

  /**
   * The days past a due date on a date: zero on or before the due date.
   *
   * @param dueDate the due date
   * @param asOf the date of the assessment
   * @return the days past due, not negative
   * @throws NullPointerException if a date is null
   */
  public static long daysPastDue(LocalDate dueDate, LocalDate asOf) {
    Args.notNull(dueDate, "dueDate");
    Args.notNull(asOf, "asOf");
    return Math.max(0, ChronoUnit.DAYS.between(dueDate, asOf));
  }

  @Value.Check
  void check() {
    Args.check(days() >= 0 && days() <= MAX_DAYS, "days", "be between 0 and " + MAX_DAYS, days());
  }

  @Override
  public String toString() {
    return basis() == Basis.END_OF_MONTH ? "EOM+" + days() : "NET " + days();
  }
}
