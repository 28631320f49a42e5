package dev.keyaccount.examples.spark;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.examples.review.ReviewMatchingPolicy;
import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.examples.review.csv.InputException;
import dev.keyaccount.examples.review.report.CsvOutput;
import dev.keyaccount.examples.review.report.Formats;
import dev.keyaccount.examples.review.report.IdList;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.AuthorizationBalance;
import dev.keyaccount.receivables.deduction.AuthorizationMatch;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.DeductionResult;
import dev.keyaccount.receivables.deduction.DeductionState;
import dev.keyaccount.receivables.deduction.MatchingResult;
import dev.keyaccount.receivables.deduction.MatchingSummary;
import dev.keyaccount.receivables.deduction.ReasonType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.javamoney.moneta.Money;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Matches one (currency, account) group: its authorization and deduction lines become the library's
 * values with the review's checks, one {@link DeductionMatcher} run with the review's policy matches
 * them, and the group yields its lines of the three outputs, tagged by {@link #RESULT}, {@link #SUMMARY}
 * and {@link #REJECTED}.
 *
 * <p>The lines are given to the matcher in one canonical order (by their cells), so the run does not
 * depend on the order Spark delivers them in. The matcher sorts by date, amount and id itself; the
 * order matters only for an id repeated within the account, where the matcher keeps the first line.
 */
final class AccountMatching implements CoGroupFunction<Tuple2<String, String>, Row, Row, Row> {

  private static final long serialVersionUID = 1L;

  static final String RESULT = "result";
  static final String SUMMARY = "summary";
  static final String REJECTED = "rejected";

  static final List<String> AUTHORIZATION_COLUMNS = List.of("authorization_id", "account_id", "type", "reference",
      "start_date", "end_date", "amount", "currency");
  static final List<String> DEDUCTION_COLUMNS = List.of("deduction_id", "account_id", "date", "reason_code",
      "reference", "amount", "currency");

  /** The review's {@code deduction-results.csv} columns first, then what else a result holds. */
  static final List<String> RESULT_COLUMNS = List.of("deduction_id", "currency", "state", "matched_amount",
      "disputed_amount", "written_off_amount", "unresolved_amount", "authorization_ids", "account_id", "pass", "type",
      "amount", "authorization_amounts", "candidates", "duplicate_of");
  static final List<String> SUMMARY_COLUMNS = summaryColumns();
  static final List<String> REJECTED_COLUMNS = List.of("file", "line", "id", "reason", "currency", "account_id");

  /** A tagged output line: its kind and its cells. */
  static final StructType TAGGED = new StructType()
      .add("kind", DataTypes.StringType, false)
      .add("cells", DataTypes.createArrayType(DataTypes.StringType, true), false);

  private static final Map<String, Integer> AUTHORIZATION_INDEX = SparkFiles.index(AUTHORIZATION_COLUMNS);
  private static final Map<String, Integer> DEDUCTION_INDEX = SparkFiles.index(DEDUCTION_COLUMNS);
  private static final Comparator<String[]> CANONICAL =
      (a, b) -> Arrays.compare(a, b, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

  private final String authorizationFile;
  private final String deductionFile;
  private final boolean csv;

  /** With {@code csv}, text cells follow the review's injection rule. */
  AccountMatching(String authorizationFile, String deductionFile, boolean csv) {
    this.authorizationFile = authorizationFile;
    this.deductionFile = deductionFile;
    this.csv = csv;
  }

  @Override
  public Iterator<Row> call(Tuple2<String, String> key, Iterator<Row> deductionRows, Iterator<Row> authorizationRows) {
    List<Row> out = new ArrayList<>();
    List<Deduction> deductions = values(deductionRows, deductionFile, DEDUCTION_INDEX, "deduction_id",
        AccountMatching::deduction, key, out);
    List<Authorization> authorizations = values(authorizationRows, authorizationFile, AUTHORIZATION_INDEX,
        "authorization_id", AccountMatching::authorization, key, out);
    if (deductions.isEmpty() && authorizations.isEmpty()) {
      return out.iterator(); // every line malformed: nothing to match
    }
    CurrencyUnit currency = Currencies.of(key._1());
    MatchingResult run = new DeductionMatcher(ReviewMatchingPolicy.of(currency)).match(deductions, authorizations);
    for (DeductionResult r : run.deductionResults()) {
      out.add(tagged(RESULT, result(r, key._2())));
    }
    for (FailureItem r : run.rejected()) {
      out.add(tagged(REJECTED, rejected(r.input().equals("deductions") ? deductionFile : authorizationFile,
          r.itemId().orElse(""), r.message(), key)));
    }
    out.add(tagged(SUMMARY, summary(run, key._2())));
    return out.iterator();
  }

  /**
   * The group's lines as values, in canonical order; a line with a malformed cell, or one the library
   * rejects while building it, is an output line of {@link #REJECTED} instead.
   */
  private <T> List<T> values(Iterator<Row> rows, String file, Map<String, Integer> index, String idColumn,
      Function<CsvRow, T> convert, Tuple2<String, String> key, List<Row> out) {
    List<String[]> lines = new ArrayList<>();
    rows.forEachRemaining(row -> lines.add(SparkFiles.cells(row)));
    lines.sort(CANONICAL);
    List<T> values = new ArrayList<>(lines.size());
    for (String[] cells : lines) {
      CsvRow row = CsvRow.of(file, 0, index, cells);
      try {
        values.add(convert.apply(row));
      } catch (InputException | IllegalArgumentException e) {
        out.add(tagged(REJECTED, rejected(file, row.optionalText(idColumn), e.getMessage(), key)));
      }
    }
    return values;
  }

  /** An authorization line as the review reads it; its end date is the date deductions are matched against. */
  static Authorization authorization(CsvRow row) {
    String id = row.text("authorization_id");
    String account = row.optionalText("account_id");
    ReasonType type = row.enumValue("type", ReasonType.class);
    String reference = row.optionalText("reference");
    LocalDate start = row.date("start_date");
    LocalDate end = row.date("end_date");
    BigDecimal amount = row.decimal("amount");
    CurrencyUnit currency = row.currency("currency");
    if (end.isBefore(start)) {
      throw row.error("end_date", end.toString(), "the end date is before the start date " + start);
    }
    return Authorization.builder().id(id).accountId(account).type(type).reference(optional(reference))
        .amount(Money.of(amount, currency)).date(end).build();
  }

  /** A deduction line as the review reads it. */
  static Deduction deduction(CsvRow row) {
    String id = row.text("deduction_id");
    String account = row.optionalText("account_id");
    LocalDate date = row.date("date");
    String reasonCode = row.text("reason_code");
    String reference = row.optionalText("reference");
    BigDecimal amount = row.decimal("amount");
    CurrencyUnit currency = row.currency("currency");
    return Deduction.builder().id(id).accountId(account).date(date).reasonCode(reasonCode)
        .reference(optional(reference)).amount(Money.of(amount, currency)).build();
  }

  private static Optional<String> optional(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private String[] result(DeductionResult r, String account) {
    return new String[] {text(r.deductionId()), r.amount().getCurrency().getCurrencyCode(), r.state().name(),
        Formats.plain(r.matched()), Formats.plain(r.disputed()), Formats.plain(r.writtenOff()),
        Formats.plain(r.unresolved()), text(IdList.of(r.matches().stream().map(AuthorizationMatch::authorizationId).toList())), text(account),
        r.pass().name(), r.type().map(Enum::name).orElse(""), Formats.plain(r.amount()),
        joined(r.matches(), m -> Formats.plain(m.amount())), text(IdList.of(r.candidates())),
        text(r.duplicateOf().orElse(""))};
  }

  private static <T> String joined(List<T> items, Function<T, String> cell) {
    return items.stream().map(cell).collect(Collectors.joining(";"));
  }

  private static List<String> summaryColumns() {
    List<String> columns = new ArrayList<>(List.of("currency", "account_id", "deductions", "total_deducted",
        "matched_amount", "disputed_amount", "written_off_amount", "unresolved_amount"));
    for (DeductionState state : DeductionState.values()) {
      columns.add(state.name().toLowerCase(Locale.ROOT));
    }
    columns.addAll(List.of("authorizations", "total_authorized", "consumed", "remaining", "rejected_lines",
        "auto_match_rate_by_count", "auto_match_rate_by_amount"));
    return List.copyOf(columns);
  }

  private String[] summary(MatchingResult run, String account) {
    MatchingSummary s = run.summary();
    List<String> cells = new ArrayList<>(List.of(run.currency().getCurrencyCode(), text(account),
        Integer.toString(s.deductionCount()), Formats.plain(s.totalDeducted()), Formats.plain(s.matched()),
        Formats.plain(s.disputed()), Formats.plain(s.writtenOff()), Formats.plain(s.unresolved())));
    for (DeductionState state : DeductionState.values()) {
      cells.add(Integer.toString(s.count(state)));
    }
    List<AuthorizationBalance> balances = run.authorizationBalances();
    cells.addAll(List.of(Integer.toString(balances.size()), Formats.plain(s.totalAuthorized()),
        Formats.plain(s.consumed()), Formats.plain(s.remaining()), Integer.toString(s.rejectedCount()),
        SparkFiles.rate(s.autoMatchRateByCount()), SparkFiles.rate(s.autoMatchRateByAmount())));
    return cells.toArray(new String[0]);
  }

  private String[] rejected(String file, String id, String reason, Tuple2<String, String> key) {
    return new String[] {file, "", text(id), text(reason), text(key._1()), text(key._2())};
  }

  /** A text cell: in CSV, with the review's injection rule (a leading {@code '} before {@code = + - @}). */
  private String text(String value) {
    return csv ? CsvOutput.neutralise(value) : value;
  }

  private static Row tagged(String kind, String[] cells) {
    // Spark's row encoder takes an array column as a Scala Seq.
    return RowFactory.create(kind, CollectionConverters.asScala(Arrays.asList(cells)).toSeq());
  }
}
