package dev.keyaccount.kpi.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VisitKpisTest {

  @Test
  void frequencyArrivalAndSuccess() {
    VisitReport r = VisitKpis.DEFAULT.measure(VisitLog.of("A", 4, 10, 8, 6));
    assertEquals(0, new BigDecimal("2").compareTo(r.frequencyPerWeek()));
    assertEquals(Optional.of(Rate.of("0.8")), r.arrivalRate());
    assertEquals(Optional.of(Rate.of("0.75")), r.successRate());
    assertEquals("A", r.log().accountId());
  }

  @Test
  void nothingPlannedOrMade_hasNoRates() {
    VisitReport r = VisitKpis.DEFAULT.measure(VisitLog.of("A", 2, 0, 0, 0));
    assertEquals(0, BigDecimal.ZERO.compareTo(r.frequencyPerWeek()));
    assertEquals(Optional.empty(), r.arrivalRate());
    assertEquals(Optional.empty(), r.successRate());
    VisitReport planned = VisitKpis.DEFAULT.measure(VisitLog.of("A", 2, 3, 0, 0));
    assertEquals(Optional.of(Rate.ZERO), planned.arrivalRate());
    assertEquals(Optional.empty(), planned.successRate());
  }

  @Test
  void rejectedInput() {
    IllegalArgumentException made = assertThrows(IllegalArgumentException.class, () -> VisitLog.of("A", 4, 5, 6, 1));
    assertEquals("Argument 'made' must not exceed the visits planned 5 but has value 6", made.getMessage());
    IllegalArgumentException ok = assertThrows(IllegalArgumentException.class, () -> VisitLog.of("A", 4, 5, 3, 4));
    assertEquals("Argument 'successful' must not exceed the visits made 3 but has value 4", ok.getMessage());
    IllegalArgumentException weeks = assertThrows(IllegalArgumentException.class, () -> VisitLog.of("A", 0, 5, 3, 1));
    assertEquals("Argument 'weeks' must be positive but has value 0", weeks.getMessage());
    IllegalArgumentException planned = assertThrows(IllegalArgumentException.class,
        () -> VisitLog.of("A", 1, -1, 0, 0));
    assertEquals("Argument 'planned' must not be negative but has value -1", planned.getMessage());
  }
}
