package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.report.Formats.money;
import static dev.keyaccount.examples.review.report.Formats.points;

import dev.keyaccount.core.money.Monies;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.examples.review.report.Formats;
import dev.keyaccount.examples.review.report.HtmlReport;
import dev.keyaccount.examples.review.report.MatrixPoint;
import dev.keyaccount.examples.review.report.OutputFolder;
import dev.keyaccount.examples.review.report.TextTable;
import dev.keyaccount.kpi.cadence.CadenceReport;
import dev.keyaccount.kpi.cadence.SalesCadence;
import dev.keyaccount.kpi.efficiency.Efficiency;
import dev.keyaccount.kpi.efficiency.EfficiencyChange;
import dev.keyaccount.kpi.efficiency.ExpenseEfficiency;
import dev.keyaccount.kpi.efficiency.SpendOutcome;
import dev.keyaccount.kpi.evaluation.AccountEvaluator;
import dev.keyaccount.kpi.evaluation.AccountProblem;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import dev.keyaccount.kpi.evaluation.CriterionScore;
import dev.keyaccount.kpi.evaluation.Evaluation;
import dev.keyaccount.kpi.evaluation.PortfolioEvaluation;
import dev.keyaccount.kpi.evaluation.ServicePolicy;
import dev.keyaccount.kpi.execution.ExecutionReport;
import dev.keyaccount.kpi.execution.StoreExecution;
import dev.keyaccount.kpi.fill.FillRates;
import dev.keyaccount.kpi.fill.FillReport;
import dev.keyaccount.kpi.profit.OperatingProfit;
import dev.keyaccount.kpi.profit.ProfitAndLoss;
import dev.keyaccount.kpi.sales.ProfitMix;
import dev.keyaccount.kpi.sales.SalesKpis;
import dev.keyaccount.kpi.share.MarketShare;
import dev.keyaccount.kpi.share.ShareChange;
import dev.keyaccount.planning.budget.BudgetAllocation;
import dev.keyaccount.planning.budget.BudgetAllocator;
import dev.keyaccount.planning.budget.BudgetRequest;
import dev.keyaccount.planning.budget.StoreAllocation;
import dev.keyaccount.planning.leadtime.LeadTime;
import dev.keyaccount.planning.leadtime.LeadTimeCheck;
import dev.keyaccount.planning.leadtime.LeadTimeReport;
import dev.keyaccount.planning.promotion.BreakEven;
import dev.keyaccount.planning.promotion.CaseEconomics;
import dev.keyaccount.planning.promotion.PostEventEvaluation;
import dev.keyaccount.planning.target.DecompositionCheck;
import dev.keyaccount.planning.target.DecompositionReport;
import dev.keyaccount.planning.target.MeasureCheck;
import dev.keyaccount.planning.target.MeasurePlan;
import dev.keyaccount.planning.target.TargetDecomposer;
import dev.keyaccount.examples.review.report.CsvOutput;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.threeten.extra.YearQuarter;

/**
 * Runs the quarterly key account review over its input and renders it: the console report, the CSV
 * results and the HTML page. Every figure comes from the SDK's calculators; this class only feeds
 * them and lays the results out. At any input size the console and the page stay bounded (the first
 * rows of each table and a count of the rest); the CSV files, written only on {@code --out}, have
 * every line.
 */
final class Review {

  private final ReviewInput input;
  private final List<Section> sections = new ArrayList<>();
  private final List<MatrixPoint> matrix = new ArrayList<>();
  private final OutputFolder files = new OutputFolder();
  private final List<ReviewInput.RejectedLine> rejected = new ArrayList<>();

  private final Map<String, DeductionLedger> ledgers;

  Review(ReviewInput input) {
    this(input, Map.of());
  }

  /** A review continuing from the deduction ledgers an earlier run wrote, by currency code. */
  Review(ReviewInput input, Map<String, DeductionLedger> ledgers) {
    this.input = input;
    this.ledgers = ledgers;
  }

  /** Computes every section. */
  Review run() {
    sections.add(accounts());
    if (input.builtIn) {
      sections.add(kpis());
      sections.add(decomposition());
      sections.add(promotion());
      sections.add(budget());
    } else {
      for (String heading : List.of("2. The five KPIs and expense efficiency", "3. Q2 target decomposition",
          "4. Promotion economics and lead time", "5. Budget allocation (expense-first)")) {
        sections.add(new Section(heading).note("Skipped: --data has no input for this section (the CSV schemas"
            + " cover accounts, authorizations and deductions; run without --data to see it on the sample)."));
      }
    }
    int accountRejects = rejected.size();
    sections.add(ReceivablesSection.build(input, ledgers, files, rejected));
    if (accountRejects > 0) {
      TextTable table = new TextTable("", "file", ">line", "id", "reason").detailIn(REJECTED);
      rejected.subList(0, accountRejects).forEach(r -> table.row(r.file(), r.line(), r.id(), r.reason()));
      sections.add(new Section("Rejected input lines").table(table));
    }
    List<ReviewInput.RejectedLine> allRejected = rejected;
    files.add(REJECTED, out -> writeRejected(out, allRejected));
    String page = html();
    files.add("review.html", out -> out.write(page));
    return this;
  }

  /** The console report. */
  String console() {
    StringBuilder out = new StringBuilder("Quarterly key account review — Q2 2026"
        + (input.builtIn ? " (built-in sample data)" : "") + "\n");
    sections.forEach(s -> out.append(s.render()));
    return out.toString();
  }

  /** The output files (CSV results and the HTML page). */
  OutputFolder files() {
    return files;
  }

  // 1. Account evaluation and classification ------------------------------------------------------

  /** The file with one line per account line, evaluated or not. */
  static final String EVALUATIONS = "account-evaluations.csv";

  /** The file with every rejected input line. */
  static final String REJECTED = "rejected-lines.csv";

  /** One line of account-evaluations.csv: an evaluation, or why there is none. */
  private record AccountRow(long line, String accountId, Evaluation evaluation, String problem) {}

  private Section accounts() {
    Section section = new Section("1. Account evaluation and classification (客户评估与分类)");
    if (input.accounts.isEmpty()) {
      return section.note("Skipped: no accounts.csv.");
    }
    InputFile<ReviewInput.AccountLine> file = input.accounts.get();
    List<AccountFacts> facts = file.values.stream().map(ReviewInput.AccountLine::facts).collect(Collectors.toList());
    PortfolioEvaluation portfolio = AccountEvaluator.DEFAULT.evaluatePortfolio(facts);
    Map<Integer, AccountProblem> problems = new HashMap<>();
    portfolio.problems().forEach(p -> problems.put(p.index(), p));

    TextTable points = new TextTable("Points per criterion (standard scorecard of seed 003)",
        "account", ">sales", ">growth", ">DSO", ">attract.", ">display", ">activity", ">SKUs", ">relation",
        ">support").detailIn(EVALUATIONS);
    TextTable classes = new TextTable("Quadrant and service policy (对策)", "account", "name", "quadrant", "visits",
        "promotions", "relationship", "position").detailIn(EVALUATIONS);
    TextTable notEvaluated = new TextTable("Not evaluated", "account", ">line", "problem").detailIn(EVALUATIONS);
    List<AccountRow> rows = new ArrayList<>();
    Iterator<Evaluation> evaluations = portfolio.evaluations().iterator();
    for (int i = 0; i < facts.size(); i++) {
      AccountProblem problem = problems.get(i);
      if (problem != null) {
        String id = problem.accountId().orElse(facts.get(i).accountId());
        rows.add(new AccountRow(file.line(i), id, null, problem.message()));
        notEvaluated.row(id, file.line(i), problem.message());
        continue;
      }
      Evaluation e = evaluations.next();
      rows.add(new AccountRow(file.line(i), e.accountId(), e, ""));
      matrix.add(new MatrixPoint(e.accountId(), e.attractiveness(), e.support(), e.quadrant().toString()));
      if (!points.hasRoom()) {
        points.skipRows(1);
        classes.skipRows(1);
        continue;
      }
      List<String> row = new ArrayList<>();
      row.add(e.accountId());
      for (CriterionScore score : e.scores()) {
        row.add(points(score.points()));
        if (score.criterion().name().equals(e.scores().get(2).criterion().name())) {
          row.add(points(e.attractiveness()));
        }
      }
      row.add(points(e.support()));
      points.row(row.toArray());
      ServicePolicy policy = e.servicePolicy();
      classes.row(e.accountId(), file.values.get(i).name(), e.quadrant(), lower(policy.visits()),
          lower(policy.promotions()), lower(policy.relationship()), lower(policy.exit()));
    }
    for (ReviewInput.RejectedLine r : file.rejected) {
      rows.add(new AccountRow(r.line(), r.id(), null, r.reason()));
    }
    rows.sort(Comparator.comparingLong(AccountRow::line));
    rejected.addAll(file.rejected);
    section.table(points).table(classes);
    if (notEvaluated.rowCount() > 0) {
      section.table(notEvaluated);
    }
    files.add(EVALUATIONS, out -> writeEvaluations(out, rows));
    return section;
  }

  private static void writeEvaluations(Writer writer, List<AccountRow> rows) throws IOException {
    try (CsvOutput csv = new CsvOutput(writer, "account_id", "attractiveness", "support", "quadrant", "problem")) {
      for (AccountRow row : rows) {
        csv.text(row.accountId());
        if (row.evaluation() != null) {
          csv.number(row.evaluation().attractiveness().setScale(1, RoundingMode.HALF_UP))
              .number(row.evaluation().support().setScale(1, RoundingMode.HALF_UP))
              .text(row.evaluation().quadrant().name());
        } else {
          csv.empty().empty().empty();
        }
        csv.text(row.problem()).endRow();
      }
    }
  }

  private static void writeRejected(Writer writer, List<ReviewInput.RejectedLine> rejected) throws IOException {
    try (CsvOutput csv = new CsvOutput(writer, "file", "line", "id", "reason")) {
      for (ReviewInput.RejectedLine r : rejected) {
        csv.text(r.file());
        if (r.line() > 0) {
          csv.number(java.math.BigDecimal.valueOf(r.line()));
        } else {
          csv.empty();
        }
        csv.text(r.id()).text(r.reason()).endRow();
      }
    }
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  // 2. The five KPIs ----------------------------------------------------------------------------------

  private Section kpis() {
    Section section = new Section("2. The five KPIs and expense efficiency (五项指标)");
    TextTable sales = new TextTable("Sales (销量): Q2 achievement and high-margin mix (required 30%)", "account",
        ">target", ">actual", ">achievement", ">profit-product mix", "mix met");
    TextTable share = new TextTable("Market share (市场份额): our growth vs the account's", "account",
        ">our growth", ">account growth", ">share ratio", ">relative change", "outcome");
    TextTable execution = new TextTable("Store execution (门店执行) against the agreement", "account",
        ">display rate", ">activity rate", ">distribution", ">SKUs", ">display pts", ">vs commitment",
        ">activity pts", ">score");
    TextTable profit = new TextTable("Operating profit (经营利润), Q2", "account", ">net sales", ">cost of goods",
        ">listing fee", ">display fee", ">promotion", ">contribution", ">margin", ">expense ratio");
    TextTable fill = new TextTable("Order fill (订单满足率), Q2", "account", ">case fill", ">line fill",
        ">order fill", ">on-time-in-full", ">vs Q1 (points)");
    TextTable efficiency = new TextTable("Expense efficiency (费用使用效率): 100 yuan of spend", "account",
        ">cases Q1", ">cases Q2", ">cost/case Q1", ">cost/case Q2", ">efficiency", ">投产比 Q2");
    TextTable cadence = new TextTable("Sales cadence (销量均衡度), weeks of June", "account", ">week 1",
        ">week 2", ">week 3", ">week 4", ">balance index", "last week flagged");
    List<SpendOutcome> ranked = new ArrayList<>();
    for (String account : SampleData.ACCOUNTS) {
      int[] targetActual = SampleData.Q2_TARGET_ACTUAL.get(account);
      Money target = SampleData.wan(targetActual[0]);
      Money actual = SampleData.wan(targetActual[1]);
      ProfitMix mix = SalesKpis.DEFAULT.highMarginMix(SampleData.wan(SampleData.Q2_PROFIT_PRODUCT_SALES.get(account)),
          actual, SampleData.REQUIRED_PROFIT_MIX);
      sales.row(account, money(target), money(actual), SalesKpis.DEFAULT.achievement(actual, target), mix.share(),
          mix.meetsRequirement() ? "yes" : "no, " + mix.required().minus(mix.share()) + " short");

      Rate[] growth = SampleData.GROWTH.get(account);
      ShareChange change = MarketShare.DEFAULT.change(growth[0], growth[1]);
      share.row(account, growth[0], growth[1], change.ratio().setScale(4, RoundingMode.HALF_UP),
          change.relativeChange(), lower(change.outcome()));

      ExecutionReport exec = StoreExecution.DEFAULT.measure(SampleData.audits(account), SampleData.LISTED_SKUS,
          SampleData.agreement(account));
      execution.row(account, exec.displayRate(), exec.activityRate(), exec.distributionRate(), exec.skuCount(),
          exec.displayPoints(), exec.displayPointsAchievement().map(Rate::toString).orElse("-"),
          exec.activityPoints(), Formats.number(exec.score(), 1));

      ProfitAndLoss pnl = OperatingProfit.DEFAULT.statement(SampleData.profit(account));
      profit.row(account, money(pnl.netSales()), money(pnl.costOfGoods()),
          money(pnl.fees().getOrDefault(dev.keyaccount.core.agreement.FeeType.LISTING, Monies.zero(pnl.netSales().getCurrency()))),
          money(pnl.fees().getOrDefault(dev.keyaccount.core.agreement.FeeType.DISPLAY, Monies.zero(pnl.netSales().getCurrency()))),
          money(pnl.variablePromotionCost()), money(pnl.contribution()),
          pnl.contributionMargin().map(Rate::toString).orElse("-"), pnl.expenseRatio().map(Rate::toString).orElse("-"));

      FillReport q2 = FillRates.DEFAULT.measure(SampleData.orders(account, false));
      FillReport q1 = FillRates.DEFAULT.measure(SampleData.orders(account, true));
      BigDecimal pointsChange = q2.caseFillChangeInPoints(q1);
      fill.row(account, q2.caseFill(), q2.lineFill(), q2.orderFill(), q2.onTimeInFull(),
          (pointsChange.signum() > 0 ? "+" : "") + Formats.number(pointsChange, 1));

      long[] spendCases = SampleData.SPEND_CASES.get(account);
      Money sales100 = SampleData.cny(String.valueOf(SampleData.SALES_PER_SPEND.get(account)));
      SpendOutcome before = SpendOutcome.of(account, SampleData.cny(String.valueOf(spendCases[0])), spendCases[1], sales100);
      SpendOutcome after = SpendOutcome.of(account, SampleData.cny(String.valueOf(spendCases[2])), spendCases[3], sales100);
      EfficiencyChange eff = ExpenseEfficiency.DEFAULT.change(before, after);
      efficiency.row(account, spendCases[1], spendCases[3], Formats.number(eff.before().costPerCase(), 4),
          Formats.number(eff.after().costPerCase(), 4), signed(eff.efficiencyChange()),
          eff.after().inputOutputRatio());
      ranked.add(after);

      CadenceReport weeks = SalesCadence.DEFAULT.analyse(SampleData.WEEKLY_SALES.get(account));
      List<Object> row = new ArrayList<>();
      row.add(account);
      row.addAll(weeks.shares());
      row.add(weeks.balanceIndex());
      row.add(weeks.lastPeriodFlagged() ? "YES (over " + weeks.lastPeriodLimit() + ")" : "no");
      cadence.row(row.toArray());
    }
    TextTable ranking = new TextTable("Input/output ratio ranking (投产比 = spend / sales, lowest first)", ">rank",
        "account", ">投产比", ">cases per 100");
    int rank = 1;
    for (Efficiency e : ExpenseEfficiency.DEFAULT.rank(ranked)) {
      ranking.row(rank++, e.outcome().id(), e.inputOutputRatio(), Formats.number(e.casesPerHundred(), 1));
    }
    BigDecimal average = SalesKpis.DEFAULT.monthlyAverage(SampleData.MONTHLY_SALES_A);
    return section.table(sales)
        .note("Customer A's monthly sales estimate (万元) 0,0,0,40,15,24,25,25,40,20,36,45: average over "
            + SalesKpis.DEFAULT.activeMonths(SampleData.MONTHLY_SALES_A) + " active months = "
            + average.toPlainString())
        .table(share).table(execution).table(profit).table(fill).table(efficiency).table(ranking).table(cadence);
  }

  private static String signed(Rate rate) {
    return (rate.isNegative() || rate.fraction().signum() == 0 ? "" : "+") + rate;
  }

  // 3. Target decomposition ---------------------------------------------------------------------------

  private Section decomposition() {
    Section section = new Section("3. Q2 target decomposition for customer A (目标分解)");
    YearQuarter q2 = YearQuarter.of(2026, 2);
    Money quarterTarget = SampleData.wan(100);
    Map<YearMonth, Money> months = TargetDecomposer.DEFAULT.toMonths(quarterTarget, q2, SampleData.A_Q2_SALES_WAN);
    TextTable monthTable = new TextTable("Q2 sales target 100 万元 by month (weights 25/35/40)", "month",
        ">target", ">display points", ">SKUs", ">expense ratio");
    int i = 0;
    for (Map.Entry<YearMonth, Money> month : new TreeMap<>(months).entrySet()) {
      monthTable.row(month.getKey(), money(month.getValue()), SampleData.A_Q2_DISPLAY_POINTS.get(i),
          SampleData.A_Q2_SKUS.get(i), SampleData.A_Q2_EXPENSE_RATIO_PERCENT.get(i) + "%");
      i++;
    }
    Money april = new TreeMap<>(months).firstEntry().getValue();
    Map<String, Money> stores = TargetDecomposer.DEFAULT.split(april, SampleData.A_STORE_WEIGHTS);
    TextTable storeTable = new TextTable("April target by store (last year's Q2 pattern)", "store", ">weight",
        ">target");
    new TreeMap<>(stores).forEach((store, target) -> storeTable.row(store, SampleData.A_STORE_WEIGHTS.get(store),
        money(target)));
    storeTable.row("total", "", money(Monies.sum(stores.values())));

    List<MeasurePlan> plan = List.of(
        MeasurePlan.additive("sales (万元)", BigDecimal.valueOf(100), SampleData.A_Q2_SALES_WAN),
        MeasurePlan.level("display points", BigDecimal.valueOf(30), SampleData.A_Q2_DISPLAY_POINTS),
        MeasurePlan.level("SKUs", BigDecimal.valueOf(12), SampleData.A_Q2_SKUS),
        MeasurePlan.ratioAtMost("expense ratio (%)", BigDecimal.valueOf(12), SampleData.A_Q2_EXPENSE_RATIO_PERCENT,
            SampleData.A_Q2_SALES_WAN));
    DecompositionReport report = DecompositionCheck.DEFAULT.check(plan);
    TextTable checks = new TextTable("Consistency check", "measure", "kind", ">target", ">plan gives", "result");
    for (MeasureCheck check : report.checks()) {
      checks.row(check.measure().name(), lower(check.measure().kind()), check.measure().target().toPlainString(),
          check.actual().setScale(1, RoundingMode.HALF_UP).toPlainString(), check.passed() ? "pass" : check.message());
    }
    return section.table(monthTable).table(storeTable).table(checks)
        .note("The plan is " + (report.passed() ? "consistent" : "NOT consistent") + " with the Q2 targets.");
  }

  // 4. Promotion economics and lead time ---------------------------------------------------------------

  private Section promotion() {
    Section section = new Section("4. Promotion economics and lead time (促销)");
    Promotion promotion = SampleData.promotion();
    CaseEconomics economics = CaseEconomics.of(promotion, SampleData.UNIT_COST);
    BreakEven breakEven = BreakEven.of(economics, SampleData.BASELINE_CASES);
    TextTable be = new TextTable("Break-even of " + promotion.id() + " (赢亏平衡点), per case", ">regular price",
        ">unit cost", ">discount", ">fixed costs", ">baseline cases", ">break-even cases", ">required lift",
        ">incremental cases");
    be.row(money(economics.regularPrice()), money(economics.unitCost()), money(economics.discountPerCase()),
        money(economics.fixedCosts()), SampleData.BASELINE_CASES,
        breakEven.breakEvenCases().map(BigDecimal::toPlainString).orElse("none"),
        breakEven.requiredLift().map(Rate::toString).orElse("-"),
        breakEven.incrementalCases().map(BigDecimal::toPlainString).orElse("-"));
    PostEventEvaluation post = PostEventEvaluation.of(economics, SampleData.BASELINE_CASES, SampleData.ACTUAL_CASES);
    TextTable after = new TextTable("After the event: " + SampleData.ACTUAL_CASES + " cases sold", ">incremental margin",
        ">spend", ">gross ROI (margin/spend)", ">net ROI ((margin-spend)/spend)", ">cost per incremental case");
    after.row(money(post.incrementalMargin()), money(post.spend()), post.grossRoi().map(Rate::toString).orElse("-"),
        post.netRoi().map(Rate::toString).orElse("-"),
        post.costPerIncrementalCase().map(Formats::money).orElse("-"));
    LeadTimeReport leadTimes = LeadTimeCheck.DEFAULT.check(SampleData.quarterPromotions());
    TextTable lead = new TextTable("Lead time (submission to start), policy minimum "
        + leadTimes.policy().minimumDays() + " days", "promotion", "account", ">days", "late");
    for (LeadTime t : leadTimes.leadTimes()) {
      lead.row(t.promotionId(), t.accountId(), t.days(), t.late() ? "LATE" : "ok");
    }
    return section.note(breakEven.verdict()).table(be).table(after).table(lead)
        .note("Late submissions: " + leadTimes.late().size() + " of " + leadTimes.leadTimes().size() + " ("
            + leadTimes.lateShare() + "); the rolling three-month plan moves them to 45–60 days ahead.");
  }

  // 5. Budget allocation ---------------------------------------------------------------------------------

  private Section budget() {
    Section section = new Section("5. Budget allocation, expense-first principle (费用从优原则)");
    BudgetRequest request = BudgetRequest.builder()
        .stores(SampleData.budgetStores())
        .expenseRatio(SampleData.BUDGET_EXPENSE_RATIO)
        .fixedFees(SampleData.BUDGET_FIXED_FEES)
        .build();
    BudgetAllocation allocation = BudgetAllocator.DEFAULT.allocate(request);
    TextTable table = new TextTable("Customer A, Q3: budget " + money(allocation.budget()) + " = "
        + SampleData.BUDGET_EXPENSE_RATIO + " of forecast sales " + money(request.totalSales()), "line",
        ">forecast sales", ">投产比", ">cap", ">funded");
    table.row("fixed fees (reserved first)", "", "", "", money(allocation.fixedFeesReserved()));
    for (StoreAllocation store : allocation.stores()) {
      table.row("store " + store.store().storeId(), money(store.store().forecastSales()),
          store.store().inputOutputRatio(), money(store.store().effectiveCap()), money(store.funded()));
    }
    table.row("fixed investment (what is left)", "", "", "", money(allocation.fixedInvestment()));
    MonetaryAmount total = Monies.sum(allocation.stores().stream().map(StoreAllocation::funded)
        .collect(Collectors.toList()), allocation.budget().getCurrency());
    total = Monies.add(Monies.add(total, allocation.fixedFeesReserved()), allocation.fixedInvestment());
    table.row("total", "", "", "", money(total));
    section.table(table);
    allocation.shortfall().ifPresent(s -> section.note("Shortfall: the budget is " + money(s)
        + " short of the fixed fees."));
    return section;
  }

  // HTML ---------------------------------------------------------------------------------------------------

  private String html() {
    HtmlReport page = new HtmlReport("Quarterly key account review — Q2 2026");
    for (Section section : sections) {
      page.heading(section.heading);
      if (section == sections.get(0) && !matrix.isEmpty()) {
        page.matrix(matrix);
      }
      for (Object part : section.parts) {
        if (part instanceof TextTable) {
          page.table((TextTable) part);
        } else {
          page.paragraph(String.valueOf(part));
        }
      }
    }
    return page.render();
  }
}
