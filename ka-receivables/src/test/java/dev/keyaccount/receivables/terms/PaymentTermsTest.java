package dev.keyaccount.receivables.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentTermsTest {

  private static final LocalDate JAN_10 = LocalDate.of(2025, 1, 10);

  @Test
  void net30_isDueThirtyDaysAfterTheInvoice() {
    assertEquals(LocalDate.of(2025, 2, 9), PaymentTerms.net(30).dueDate(JAN_10));
    assertEquals(JAN_10, PaymentTerms.net(0).dueDate(JAN_10));
  }

  @Test
  void endOfMonthPlus60_countsFromTheMonthsLastDay() {
    assertEquals(LocalDate.of(2025, 4, 1), PaymentTerms.endOfMonthPlus(60).dueDate(JAN_10));
    assertEquals(LocalDate.of(2024, 2, 29), PaymentTerms.endOfMonthPlus(0).dueDate(LocalDate.of(2024, 2, 1)));
  }

  @Test
  void daysOverdue_zeroUntilTheDueDate_thenCounts() {
    PaymentTerms net30 = PaymentTerms.net(30);
    assertEquals(0, net30.daysOverdue(JAN_10, LocalDate.of(2025, 1, 20)));
    assertEquals(0, net30.daysOverdue(JAN_10, LocalDate.of(2025, 2, 9)));
    assertEquals(1, net30.daysOverdue(JAN_10, LocalDate.of(2025, 2, 10)));
    assertEquals(19, net30.daysOverdue(JAN_10, LocalDate.of(2025, 2, 28)));
  }

  @Test
  void toString_namesTheTerms() {
    assertEquals("NET 30", PaymentTerms.net(30).toString());
    assertEquals("EOM+60", PaymentTerms.endOfMonthPlus(60).toString());
    assertEquals(PaymentTerms.Basis.END_OF_MONTH, PaymentTerms.endOfMonthPlus(60).basis());
    assertEquals(60, PaymentTerms.endOfMonthPlus(60).days());
  }
}
