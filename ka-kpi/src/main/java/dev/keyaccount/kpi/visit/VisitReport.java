package dev.keyaccount.kpi.visit;

import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The visit KPIs of one account. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VisitReport {

  VisitReport() {}

  static VisitReport of(VisitLog log, BigDecimal frequency, Optional<Rate> arrival, Optional<Rate> success) {
    return ImmutableVisitReport.builder().log(log).frequencyPerWeek(frequency).arrivalRate(arrival)
        .successRate(success).build();
  }

  /**
   * The log measured.
   *
   * @return the log
   */
  public abstract VisitLog log();

  /**
   * Visit frequency (拜访频率): visits made per week, exact to 34 digits.
   *
   * @return the frequency
   */
  public abstract BigDecimal frequencyPerWeek();

  /**
   * Arrival rate (拜访到达率): visits made / planned.
   *
   * @return a rate in {@code [0, 1]}, empty when nothing was planned
   */
  public abstract Optional<Rate> arrivalRate();

  /**
   * Success rate (拜访成功率): successful visits / visits made.
   *
   * @return a rate in {@code [0, 1]}, empty when no visit was made
   */
  public abstract Optional<Rate> successRate();
}
