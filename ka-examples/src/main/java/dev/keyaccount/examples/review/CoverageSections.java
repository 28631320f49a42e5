package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.report.Formats.money;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.examples.Wording;
import dev.keyaccount.examples.review.AnalyticsInputs.StoreLine;
import dev.keyaccount.examples.review.AnalyticsInputs.VisitLine;
import dev.keyaccount.examples.review.report.Chart;
import dev.keyaccount.examples.review.report.CsvOutput;
import dev.keyaccount.examples.review.report.OutputFolder;
import dev.keyaccount.examples.review.report.TextTable;
import dev.keyaccount.kpi.concentration.AbcClass;
import dev.keyaccount.kpi.concentration.AccountSales;
import dev.keyaccount.kpi.concentration.Concentration;
import dev.keyaccount.kpi.concentration.RankedAccount;
import dev.keyaccount.kpi.concentration.SalesConcentration;
import dev.keyaccount.kpi.evaluation.AccountQuadrant;
import dev.keyaccount.kpi.route.Adherence;
import dev.keyaccount.kpi.route.PlannedVisit;
import dev.keyaccount.kpi.route.Rep;
import dev.keyaccount.kpi.route.Shortfall;
import dev.keyaccount.kpi.route.StoreAssignment;
import dev.keyaccount.kpi.route.VisitFrequencies;
import dev.keyaccount.kpi.route.VisitPlan;
import dev.keyaccount.kpi.route.VisitPlanner;
import dev.keyaccount.kpi.route.VisitRecord;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threeten.extra.YearWeek;

/**
 * Sections 9 and 10 of the review: key-account selection (sales concentration and ABC classes of the
 * accounts in {@code accounts.csv}, per currency, next to each account's quadrant from section 1), and
 * the weekly visit plan of {@code reps.csv} and {@code stores.csv} (frequencies from the stores'
 * quadrants) with the quarter's {@code visit-log.csv} measured against it. Figures come from the
 * library's {@link SalesConcentration} and {@link VisitPlanner} with their standard policies.
 */
final class CoverageSections {

  /** The file with every account's rank, shares, ABC class and quadrant. */
  static final String KEY_ACCOUNTS = "key-accounts.csv";

  /** The file with one line per planned visit. */
  static final String VISIT_PLAN = "visit-plan.csv";

  /** The file with one line per store the plan leaves short, and per store not planned. */
  static final String SHORTFALLS = "visit-shortfalls.csv";

  /** The standard visit frequencies per quadrant (Star 3, Question mark 2, Cash cow 1, Dog 1 a week). */
  private static final VisitFrequencies FREQUENCIES = VisitFrequencies.standard();

  private static final VisitPlanner PLANNER = new VisitPlanner(FREQUENCIES);

  private CoverageSections() {}

  // 9. Key-account selection --------------------------------------------------------------------------------

  static Section selection(ReviewInput input, Map<String, AccountQuadrant> quadrants, OutputFolder files) {
    Section section = new Section("10. Key-account selection: sales concentration and ABC classes (重点客户选择)");
    if (input.accounts.isEmpty()) {
      return section.note(input.skipped(ReviewInput.ACCOUNTS));
    }
    // The first line of each account id, per currency: a repeated id is reported in section 1.
    Map<String, Map<String, ReviewInput.AccountLine>> byCurrency = new TreeMap<>();
    for (ReviewInput.AccountLine line : input.accounts.get().values) {
      byCurrency.computeIfAbsent(line.facts().annualSales().getCurrency().getCurrencyCode(),
          c -> new LinkedHashMap<>()).putIfAbsent(line.facts().accountId(), line);
    }
    List<ReviewInput.RejectedLine> notRead = input.accounts.get().rejected;
    if (!notRead.isEmpty()) {
      // A line rejected on reading has no account to rank; it is named here, not passed over.
      List<String> ids = notRead.stream().map(r -> r.id() == null ? "line " + r.line() : r.id()).toList();
      section.note(notRead.size() + (notRead.size() == 1 ? " line" : " lines") + " of " + ReviewInput.ACCOUNTS
          + " rejected on reading (see " + Review.REJECTED + ") " + (notRead.size() == 1 ? "is" : "are")
          + " not ranked: " + Wording.firstNamed(ids, 50) + ".");
    }
    Map<String, Concentration> results = new TreeMap<>();
    Map<String, List<LeftOut>> leftOut = new TreeMap<>();
    byCurrency.forEach((currency, accounts) -> {
      List<AccountSales> sales = new ArrayList<>();
      // An account the analysis cannot take (sales beyond its bound) is named and left out; the rest are ranked.
      for (ReviewInput.AccountLine a : accounts.values()) {
        try {
          sales.add(AccountSales.of(a.facts().accountId(), a.facts().annualSales()));
        } catch (IllegalArgumentException e) {
          section.note(currency + ": account " + a.facts().accountId() + " left out of the ranking: " + e.getMessage());
          leftOut.computeIfAbsent(currency, c -> new ArrayList<>())
              .add(new LeftOut(a.facts().accountId(), a.facts().annualSales(), e.getMessage()));
        }
      }
      try {
        results.put(currency, SalesConcentration.DEFAULT.analyse(sales));
      } catch (IllegalArgumentException e) {
        section.note(currency + ": no concentration: " + e.getMessage());
        return;
      }
      Concentration c = results.get(currency);
      TextTable table = new TextTable("Accounts by annual sales, " + currency + " (ABC: A while the accounts above"
          + " make less than " + c.policy().aUpTo() + " of sales, B below " + c.policy().bUpTo() + ", C after)",
          ">rank", "account", "name", ">annual sales", ">share", ">cumulative", "ABC", "quadrant")
          .detailIn(KEY_ACCOUNTS);
      Chart pareto = Chart.lines("pareto-" + currency, "Sales concentration (Pareto curve), " + currency
          + ": cumulative share of sales, accounts largest first", "% of sales",
          c.ranking().stream().map(RankedAccount::accountId).toList());
      List<Chart.Point> curve = new ArrayList<>();
      List<Chart.Point> line = new ArrayList<>();  // the line charts have no reference line: a flat series
      for (RankedAccount r : c.ranking()) {
        table.row(r.rank(), r.accountId(), accounts.get(r.accountId()).name(), money(r.sales()), r.share(),
            r.cumulativeShare(), r.abcClass(), quadrant(quadrants, r.accountId()));
        if (curve.size() < Chart.MAX_BARS) {
          curve.add(new Chart.Point(r.accountId(), r.cumulativeShare().percent().doubleValue(),
              r.cumulativeShare().toString()));
          line.add(new Chart.Point(r.accountId(), c.policy().salesShare().percent().doubleValue(),
              c.policy().salesShare().toString()));
        }
      }
      pareto.series("cumulative share", curve).series(c.policy().salesShare() + " of sales", line);
      section.table(table).chart(pareto).note(currency + ": " + c.accountsForSalesShare() + " of "
          + c.ranking().size() + " accounts (" + c.shareOfAccounts() + ") make " + c.policy().salesShare()
          + " of sales " + money(c.total()) + "; A " + c.count(AbcClass.A) + ", B " + c.count(AbcClass.B) + ", C "
          + c.count(AbcClass.C) + ".");
    });
    if (!results.isEmpty() || !leftOut.isEmpty()) {
      files.add(KEY_ACCOUNTS, out -> writeKeyAccounts(out, results, leftOut, quadrants));
    }
    return section;
  }

  private static String quadrant(Map<String, AccountQuadrant> quadrants, String accountId) {
    AccountQuadrant q = quadrants.get(accountId);
    return q == null ? "-" : q.toString();
  }

  /** An account of {@code accounts.csv} the ranking could not take, and why. */
  private record LeftOut(String accountId, javax.money.MonetaryAmount sales, String problem) {}

  private static void writeKeyAccounts(Writer writer, Map<String, Concentration> results,
      Map<String, List<LeftOut>> leftOut, Map<String, AccountQuadrant> quadrants) throws IOException {
    try (CsvOutput csv = new CsvOutput(writer, "currency", "rank", "account_id", "annual_sales", "share_percent",
        "cumulative_share_percent", "abc_class", "quadrant", "problem")) {
      // Every currency with a ranking or an account left out of one (when all of its accounts are).
      java.util.SortedSet<String> currencies = new java.util.TreeSet<>(results.keySet());
      currencies.addAll(leftOut.keySet());
      for (String currency : currencies) {
        Concentration ranked = results.get(currency);
        for (RankedAccount r : ranked == null ? List.<RankedAccount>of() : ranked.ranking()) {
          AccountQuadrant q = quadrants.get(r.accountId());
          csv.text(currency).number(BigDecimal.valueOf(r.rank())).text(r.accountId()).amount(r.sales())
              .number(r.share().percent(1, RoundingMode.HALF_UP))
              .number(r.cumulativeShare().percent(1, RoundingMode.HALF_UP)).text(r.abcClass().name())
              .text(q == null ? "" : q.name()).empty().endRow();
        }
        // The accounts of the currency the ranking could not take: after the ranked ones, with the reason.
        for (LeftOut a : leftOut.getOrDefault(currency, List.of())) {
          AccountQuadrant q = quadrants.get(a.accountId());
          csv.text(currency).empty().text(a.accountId()).amount(a.sales()).empty().empty().empty()
              .text(q == null ? "" : q.name()).text(a.problem()).endRow();
        }
      }
    }
  }

  // 10. Visit plan -------------------------------------------------------------------------------------------

  /** A store left out of the plan before planning, and why. */
  private record NotPlanned(String storeId, String accountId, String repId, String reason) {}

  static Section visits(ReviewInput input, ReviewPeriod period, Map<String, AccountQuadrant> quadrants,
      OutputFolder files) {
    Section section = new Section("11. Weekly visit plan (拜访计划) and the visits of " + period.quarter());
    AnalyticsInputs in = input.analytics;
    if (in.stores.isEmpty() || in.reps.isEmpty()) {
      return section.note(input.skipped(in.stores.isEmpty() ? AnalyticsInputs.STORES : AnalyticsInputs.REPS));
    }
    Map<String, Rep> reps = new TreeMap<>();
    in.reps.get().values.forEach(r -> reps.put(r.repId(), r));
    List<StoreAssignment> stores = new ArrayList<>();
    List<NotPlanned> notPlanned = new ArrayList<>();
    for (StoreLine s : in.stores.get().values) {
      AccountQuadrant quadrant = s.quadrant().orElse(quadrants.get(s.accountId()));
      if (quadrant == null) {
        notPlanned.add(new NotPlanned(s.storeId(), s.accountId(), s.repId(), "no quadrant: the line gives none and account "
            + s.accountId() + " has no evaluation in section 1"));
      } else if (!reps.containsKey(s.repId())) {
        notPlanned.add(new NotPlanned(s.storeId(), s.accountId(), s.repId(), "rep " + s.repId() + " is not in "
            + AnalyticsInputs.REPS));
      } else {
        stores.add(StoreAssignment.of(s.storeId(), s.repId(), quadrant));
      }
    }
    VisitPlan plan;
    try {
      plan = PLANNER.plan(List.copyOf(reps.values()), stores);
    } catch (IllegalArgumentException e) {
      return section.note("No visit plan: " + e.getMessage());
    }
    Map<String, int[]> perRep = new TreeMap<>();  // stores, visits due, planned
    reps.keySet().forEach(r -> perRep.put(r, new int[3]));
    for (StoreAssignment s : stores) {
      int[] counts = perRep.get(s.repId());
      counts[0]++;
      counts[1] += FREQUENCIES.of(s.quadrant());
    }
    plan.visits().forEach(v -> perRep.get(v.repId())[2]++);
    section.note("Visits a week by the store's quadrant (its account's in section 1 unless " + AnalyticsInputs.STORES
        + " gives one): " + FREQUENCIES.perWeek() + ".");
    TextTable repTable = new TextTable("Per rep, most visits missing first", "rep", ">stores", ">visits due",
        ">capacity", ">planned", ">missing").detailIn(VISIT_PLAN);
    perRep.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[2]
        - e.getValue()[1]).thenComparing(Map.Entry::getKey)).forEach(e -> {
          Rep rep = reps.get(e.getKey());
          int[] c = e.getValue();
          repTable.row(rep.repId(), c[0], c[1], rep.visitsPerDay() * rep.workingDays().size(), c[2], c[1] - c[2]);
        });
    TextTable dayTable = new TextTable("The week's plan per rep and day", "rep", "day", ">visits", "stores")
        .detailIn(VISIT_PLAN);
    for (Rep rep : reps.values()) {
      for (java.time.DayOfWeek day : rep.workingDays().stream().sorted().toList()) {
        List<String> ids = plan.stores(rep.repId(), day);
        dayTable.row(rep.repId(), KpiSection.lower(day), ids.size(), String.join(" ", ids));
      }
    }
    int due = perRep.values().stream().mapToInt(c -> c[1]).sum();
    section.table(repTable).note(stores.size() + " stores need " + due + " visits a week; " + plan.visits().size()
        + " are planned, " + plan.missingVisits() + " missing; stores left short: " + plan.shortfalls().size()
        + (notPlanned.isEmpty() ? "." : "; stores not planned: " + notPlanned.size() + ".")).table(dayTable);
    List<Shortfall> shortfalls = new ArrayList<>(plan.shortfalls());
    shortfalls.sort(Comparator.comparingInt(Shortfall::missing).reversed().thenComparing(Shortfall::storeId));
    if (!shortfalls.isEmpty()) {
      TextTable table = new TextTable("Shortfalls: stores left short, most visits missing first", "store", "rep",
          ">frequency", ">planned", ">missing").detailIn(SHORTFALLS);
      shortfalls.forEach(s -> table.row(s.storeId(), s.repId(), s.frequency(), s.planned(), s.missing()));
      section.table(table);
    }
    if (!notPlanned.isEmpty()) {
      TextTable table = new TextTable("Stores not planned", "store", "account", "reason").detailIn(SHORTFALLS);
      notPlanned.forEach(s -> table.row(s.storeId(), s.accountId(), s.reason()));
      section.table(table);
    }
    adherence(input, period, plan, section);
    files.add(VISIT_PLAN, out -> writePlan(out, plan));
    files.add(SHORTFALLS, out -> writeShortfalls(out, shortfalls, notPlanned));
    return section;
  }

  /** The quarter's visit log, week by week, against the plan. */
  private static void adherence(ReviewInput input, ReviewPeriod period, VisitPlan plan, Section section) {
    if (input.analytics.visitLog.isEmpty()) {
      section.note("Arrival and success: " + input.skipped(AnalyticsInputs.VISIT_LOG));
      return;
    }
    Map<YearWeek, List<VisitRecord>> weeks = new TreeMap<>();
    for (VisitLine v : input.analytics.visitLog.get().values) {
      if (period.inQuarter(v.date())) {
        weeks.computeIfAbsent(v.week(), w -> new ArrayList<>()).add(v.record());
      }
    }
    if (weeks.isEmpty()) {
      section.note("Arrival and success: no visit in " + AnalyticsInputs.VISIT_LOG + " is dated in "
          + period.quarter() + ".");
      return;
    }
    TextTable table = new TextTable("Arrival (到店率) and success (成功率) against the plan, per week of "
        + AnalyticsInputs.VISIT_LOG, "week", ">planned", ">made", ">successful",
        ">unplanned", ">arrival", ">success");
    long[] total = new long[4];
    for (Map.Entry<YearWeek, List<VisitRecord>> e : weeks.entrySet()) {
      Adherence a;
      try {
        a = PLANNER.adherence(plan, e.getValue());
      } catch (IllegalArgumentException ex) {
        table.row(e.getKey(), "-", "-", "-", "-", "-", ex.getMessage());
        continue;
      }
      table.row(e.getKey(), a.planned(), a.made(), a.successful(), a.unplanned(),
          a.arrivalRate().map(Rate::toString).orElse("-"), a.successRate().map(Rate::toString).orElse("-"));
      total[0] += a.planned();
      total[1] += a.made();
      total[2] += a.successful();
      total[3] += a.unplanned();
    }
    table.row("total", total[0], total[1], total[2], total[3],
        total[0] == 0 ? "-" : Rate.ratio(BigDecimal.valueOf(total[1]), BigDecimal.valueOf(total[0])).toString(),
        total[1] == 0 ? "-" : Rate.ratio(BigDecimal.valueOf(total[2]), BigDecimal.valueOf(total[1])).toString());
    section.table(table);
  }

  private static void writePlan(Writer writer, VisitPlan plan) throws IOException {
    try (CsvOutput csv = new CsvOutput(writer, "rep_id", "day", "store_id")) {
      for (PlannedVisit v : plan.visits()) {
        csv.text(v.repId()).text(v.day().name()).text(v.storeId()).endRow();
      }
    }
  }

  private static void writeShortfalls(Writer writer, List<Shortfall> shortfalls, List<NotPlanned> notPlanned)
      throws IOException {
    try (CsvOutput csv = new CsvOutput(writer, "store_id", "rep_id", "frequency", "planned", "missing", "problem")) {
      for (Shortfall s : shortfalls) {
        csv.text(s.storeId()).text(s.repId()).number(BigDecimal.valueOf(s.frequency()))
            .number(BigDecimal.valueOf(s.planned())).number(BigDecimal.valueOf(s.missing())).text("").endRow();
      }
      for (NotPlanned s : notPlanned) {
        csv.text(s.storeId()).text(s.repId()).empty().empty().empty().text(s.reason()).endRow();
      }
    }
  }
}
