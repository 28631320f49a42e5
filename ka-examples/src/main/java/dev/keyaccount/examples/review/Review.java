package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.report.Formats.points;

import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import dev.keyaccount.examples.review.report.Chart;
import dev.keyaccount.examples.review.report.HtmlReport;
import dev.keyaccount.examples.review.report.MatrixPoint;
import dev.keyaccount.examples.review.report.OutputFolder;
import dev.keyaccount.examples.review.report.TextTable;
import dev.keyaccount.examples.review.report.XlsxReport;
import dev.keyaccount.kpi.evaluation.AccountEvaluator;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import dev.keyaccount.kpi.evaluation.AccountQuadrant;
import dev.keyaccount.kpi.evaluation.CriterionScore;
import dev.keyaccount.kpi.evaluation.Evaluation;
import dev.keyaccount.kpi.evaluation.PortfolioEvaluation;
import dev.keyaccount.kpi.evaluation.ServicePolicy;
import dev.keyaccount.examples.review.report.CsvOutput;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs the quarterly key account review over its input and renders it: the console report, the CSV
 * results, the HTML page and the workbook ({@code review.xlsx}, one sheet per section). Every figure comes from the SDK's calculators; this class only feeds
 * them and lays the results out. At any input size the console and the page stay bounded (the first
 * rows of each table and a count of the rest); the CSV files, written only on {@code --out}, have
 * every line. The built-in sample and {@code --data} take the same path: the same files, read by the
 * same code, give the same review.
 */
final class Review {

  private final ReviewInput input;
  private final List<Section> sections = new ArrayList<>();
  private final List<MatrixPoint> matrix = new ArrayList<>();
  /** The quadrant of each account evaluated in section 1, for the analytics sections. */
  private final Map<String, AccountQuadrant> quadrants = new HashMap<>();
  private final OutputFolder files = new OutputFolder();
  private final List<ReviewInput.RejectedLine> rejected = new ArrayList<>();

  private final ReviewPeriod period;
  private final Map<String, DeductionLedger> ledgers;

  Review(ReviewInput input, ReviewPeriod period) {
    this(input, period, Map.of());
  }

  /** A review continuing from the deduction ledgers an earlier run wrote, by currency code. */
  Review(ReviewInput input, ReviewPeriod period, Map<String, DeductionLedger> ledgers) {
    this.input = input;
    this.period = period;
    this.ledgers = ledgers;
  }

  /** Computes every section. */
  Review run() {
    sections.add(accounts());
    sections.add(KpiSection.build(input, period));
    sections.add(PlanningSections.decomposition(input, period));
    sections.add(PlanningSections.promotion(input, period));
    sections.add(PlanningSections.budget(input, period));
    rejected.addAll(sectionRejects());
    int accountRejects = rejected.size();
    SpendSection.Accrued spend = SpendSection.accrue(input, period);
    Map<String, DeductionLedger> after = new java.util.TreeMap<>();
    sections.add(ReceivablesSection.build(input, period, ledgers, files, rejected, spend.authorizations(), after));
    sections.add(SpendSection.build(input, period, spend, after, files, rejected));
    sections.add(DemandSections.baseline(input, period, files));
    sections.add(DemandSections.forecast(input, period, files));
    sections.add(CoverageSections.selection(input, quadrants, files));
    sections.add(CoverageSections.visits(input, period, quadrants, files));
    if (accountRejects > 0) {
      TextTable table = new TextTable("", "file", ">line", "id", "reason").detailIn(REJECTED);
      rejected.subList(0, accountRejects).stream().limit(TextTable.STORED_ROWS).forEach(r -> table.row(r.file(), r.line(), r.id(), r.reason()));
      sections.add(new Section("Rejected input lines").table(table));
    }
    List<ReviewInput.RejectedLine> allRejected = rejected;
    files.add(REJECTED, out -> writeRejected(out, allRejected));
    String page = html();
    files.add("review.html", out -> out.write(page));
    XlsxReport workbook = workbook();
    files.addBytes(WORKBOOK, workbook::writeTo);
    return this;
  }

  /** The lines of the files of sections 2 to 6 that the library rejected, file by file. */
  private List<ReviewInput.RejectedLine> sectionRejects() {
    SectionInputs in = input.sections;
    List<ReviewInput.RejectedLine> out = new ArrayList<>();
    for (java.util.Optional<? extends InputFile<?>> file : List.of(in.monthlySales, in.skuSales, in.agreements,
        in.audits, in.orders, in.tradeSpend, in.promotions, in.forecasts, in.plan, in.openItems)) {
      file.ifPresent(f -> out.addAll(f.rejected));
    }
    AnalyticsInputs analytics = input.analytics;
    for (java.util.Optional<? extends InputFile<?>> file : List.of(analytics.weeklySales, analytics.volumeForecast,
        analytics.reps, analytics.stores, analytics.visitLog)) {
      file.ifPresent(f -> out.addAll(f.rejected));
    }
    return out;
  }

  /** The console report. */
  String console() {
    StringBuilder out = new StringBuilder(period.title() + "\n");
    sections.forEach(s -> out.append(s.render()));
    return out.toString();
  }

  /** The output files (CSV results, the HTML page and the workbook). */
  OutputFolder files() {
    return files;
  }

  // 1. Account evaluation and classification ------------------------------------------------------

  /** The file with one line per account line, evaluated or not. */
  static final String EVALUATIONS = "account-evaluations.csv";

  /** The workbook with one sheet per section. */
  static final String WORKBOOK = "review.xlsx";

  /** The file with every rejected input line. */
  static final String REJECTED = "rejected-lines.csv";

  /** One line of account-evaluations.csv: an evaluation, or why there is none. */
  private record AccountRow(long line, String accountId, Evaluation evaluation, String problem) {}

  private Section accounts() {
    Section section = new Section("1. Account evaluation and classification (客户评估与分类)");
    if (input.accounts.isEmpty()) {
      return section.note(input.skipped(ReviewInput.ACCOUNTS));
    }
    InputFile<ReviewInput.AccountLine> file = input.accounts.get();
    List<AccountFacts> facts = file.values.stream().map(ReviewInput.AccountLine::facts).collect(Collectors.toList());
    PortfolioEvaluation portfolio = AccountEvaluator.DEFAULT.evaluatePortfolio(facts);
    Map<Integer, FailureItem> problems = new HashMap<>();
    portfolio.failures().forEach(p -> problems.put(p.position(), p));

    TextTable points = new TextTable("Points per criterion (standard scorecard of seed 003)",
        "account", ">sales", ">growth", ">DSO", ">attract.", ">display", ">activity", ">SKUs", ">relation",
        ">support").detailIn(EVALUATIONS);
    TextTable classes = new TextTable("Quadrant and service policy (对策)", "account", "name", "quadrant", "visits",
        "promotions", "relationship", "position").detailIn(EVALUATIONS);
    TextTable notEvaluated = new TextTable("Not evaluated", "account", ">line", "problem").detailIn(EVALUATIONS);
    List<AccountRow> rows = new ArrayList<>();
    Iterator<Evaluation> evaluations = portfolio.evaluations().iterator();
    for (int i = 0; i < facts.size(); i++) {
      FailureItem problem = problems.get(i);
      if (problem != null) {
        String id = problem.itemId().orElse(facts.get(i).accountId());
        rows.add(new AccountRow(file.line(i), id, null, problem.message()));
        notEvaluated.row(id, file.line(i), problem.message());
        continue;
      }
      Evaluation e = evaluations.next();
      rows.add(new AccountRow(file.line(i), e.accountId(), e, ""));
      quadrants.putIfAbsent(e.accountId(), e.quadrant());
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

  private XlsxReport workbook() {
    XlsxReport workbook = new XlsxReport();
    for (Section section : sections) {
      workbook.sheet(section.heading).note(section.heading);
      for (Object part : section.parts) {
        if (part instanceof TextTable) {
          workbook.table((TextTable) part);
        } else if (!(part instanceof Chart)) {
          workbook.note(String.valueOf(part));
        }
      }
    }
    return workbook;
  }

  // HTML ---------------------------------------------------------------------------------------------------

  private String html() {
    HtmlReport page = new HtmlReport(period.title());
    for (Section section : sections) {
      page.heading(section.heading);
      if (section == sections.get(0) && !matrix.isEmpty()) {
        page.matrix(matrix);
      }
      for (Object part : section.parts) {
        if (part instanceof TextTable) {
          page.table((TextTable) part);
        } else if (part instanceof Chart) {
          page.chart((Chart) part);
        } else {
          page.paragraph(String.valueOf(part));
        }
      }
    }
    return page.render();
  }
}
