package dev.keyaccount.kpi.visit;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The visit KPIs that follow from an account's classification and visit route: frequency, arrival rate
 * and success rate. This class is stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class VisitKpis {

  /** The calculator. */
  public static final VisitKpis DEFAULT = new VisitKpis();

  private VisitKpis() {}

  /**
   * Measures a visit log.
   *
   * @param log the visits
   * @return the frequency, arrival rate and success rate
   * @throws NullPointerException if the log is null
   */
  public VisitReport measure(VisitLog log) {
    Args.notNull(log, "log");
    BigDecimal made = BigDecimal.valueOf(log.made());
    Optional<Rate> arrival = log.planned() == 0 ? Optional.empty()
        : Optional.of(Rate.ratio(made, BigDecimal.valueOf(log.planned())));
    Optional<Rate> success = log.made() == 0 ? Optional.empty()
        : Optional.of(Rate.ratio(BigDecimal.valueOf(log.successful()), made));
    return VisitReport.of(log, made.divide(BigDecimal.valueOf(log.weeks()), Rate.PRECISION), arrival, success);
  }
}
