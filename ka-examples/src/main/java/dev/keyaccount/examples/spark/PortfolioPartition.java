package dev.keyaccount.examples.spark;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.examples.review.csv.InputException;
import dev.keyaccount.examples.review.report.CsvOutput;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.kpi.evaluation.AccountEvaluator;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import dev.keyaccount.kpi.evaluation.Evaluation;
import dev.keyaccount.kpi.evaluation.Level;
import dev.keyaccount.kpi.evaluation.PortfolioEvaluation;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.javamoney.moneta.Money;

/**
 * Evaluates the accounts of one partition with {@link AccountEvaluator#DEFAULT}, as the review's section
 * 1 does: the partitions are by account id, so the lines of a repeated id meet in one partition and the
 * portfolio evaluation reports all but the first (in the order of their cells) as repeated. A line with
 * a malformed cell is a line with its problem, not a stop.
 */
final class PortfolioPartition implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  static final List<String> ACCOUNT_COLUMNS = List.of("account_id", "name", "currency", "annual_sales",
      "growth_rate", "dso_days", "display_rate", "activity_rate", "listed_skus", "relationship");

  /** The review's {@code account-evaluations.csv} columns. */
  static final List<String> EVALUATION_COLUMNS = List.of("account_id", "attractiveness", "support", "quadrant",
      "problem");

  private static final Map<String, Integer> INDEX = SparkFiles.index(ACCOUNT_COLUMNS);

  private final String file;
  private final boolean csv;

  PortfolioPartition(String file, boolean csv) {
    this.file = file;
    this.csv = csv;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    List<String[]> lines = new ArrayList<>();
    rows.forEachRemaining(row -> lines.add(SparkFiles.cells(row)));
    lines.sort((a, b) -> Arrays.compare(a, b, Comparator.nullsFirst(Comparator.<String>naturalOrder())));
    List<Row> out = new ArrayList<>();
    List<AccountFacts> portfolio = new ArrayList<>();
    for (String[] cells : lines) {
      CsvRow row = CsvRow.of(file, 0, INDEX, cells);
      try {
        portfolio.add(facts(row));
      } catch (InputException | IllegalArgumentException e) {
        out.add(line(row.optionalText("account_id"), null, e.getMessage()));
      }
    }
    PortfolioEvaluation evaluation = AccountEvaluator.DEFAULT.evaluatePortfolio(portfolio);
    Map<Integer, FailureItem> problems = new HashMap<>();
    evaluation.failures().forEach(p -> problems.put(p.position(), p));
    Iterator<Evaluation> evaluations = evaluation.evaluations().iterator();
    for (int i = 0; i < portfolio.size(); i++) {
      FailureItem problem = problems.get(i);
      out.add(problem != null ? line(portfolio.get(i).accountId(), null, problem.message())
          : line(portfolio.get(i).accountId(), evaluations.next(), ""));
    }
    return out.iterator();
  }

  /** An accounts.csv line as the review reads it. */
  static AccountFacts facts(CsvRow row) {
    String id = row.text("account_id");
    row.text("name");
    CurrencyUnit currency = row.currency("currency");
    var sales = row.decimal("annual_sales");
    Rate growth = row.rate("growth_rate");
    int dso = row.count("dso_days", CsvRow.MAX_WHOLE_NUMBER);
    Rate display = row.rate("display_rate");
    Rate activity = row.rate("activity_rate");
    int skus = row.count("listed_skus", CsvRow.MAX_WHOLE_NUMBER);
    Level relationship = row.enumValue("relationship", Level.class);
    return AccountFacts.builder().accountId(id).annualSales(Money.of(sales, currency)).growthRate(growth)
        .dsoDays(dso).displayRate(display).activityRate(activity).listedSkus(skus).relationship(relationship).build();
  }

  private Row line(String account, Evaluation e, String problem) {
    return RowFactory.create(text(account),
        e == null ? "" : e.attractiveness().setScale(1, RoundingMode.HALF_UP).toPlainString(),
        e == null ? "" : e.support().setScale(1, RoundingMode.HALF_UP).toPlainString(),
        e == null ? "" : e.quadrant().name(), text(problem));
  }

  private String text(String value) {
    return csv ? CsvOutput.neutralise(value) : value;
  }
}
