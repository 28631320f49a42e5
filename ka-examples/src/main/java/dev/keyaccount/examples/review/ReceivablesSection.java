package dev.keyaccount.examples.review;

import static dev.keyaccount.examples.review.report.Formats.money;

import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.examples.review.report.Background;
import dev.keyaccount.examples.review.report.Chart;
import dev.keyaccount.examples.review.report.IdList;
import dev.keyaccount.examples.review.report.OutputFolder;
import dev.keyaccount.examples.review.report.RowBlock;
import dev.keyaccount.examples.review.report.TextTable;
import dev.keyaccount.receivables.aging.AgingCalculator;
import dev.keyaccount.receivables.aging.AgingReport;
import dev.keyaccount.receivables.aging.OpenItem;
import dev.keyaccount.receivables.credit.CreditCheck;
import dev.keyaccount.receivables.credit.CreditDecision;
import dev.keyaccount.receivables.credit.CreditPosition;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.AuthorizationBalance;
import dev.keyaccount.receivables.deduction.AuthorizationMatch;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionLedger;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.DeductionResult;
import dev.keyaccount.receivables.deduction.DeductionState;
import dev.keyaccount.receivables.deduction.LedgerColumns;
import dev.keyaccount.receivables.deduction.MatchingPolicy;
import dev.keyaccount.receivables.deduction.MatchingResult;
import dev.keyaccount.receivables.deduction.MatchingSummary;
import dev.keyaccount.receivables.deduction.ReasonType;
import dev.keyaccount.receivables.deduction.ResultColumns;
import dev.keyaccount.receivables.dso.DsoCalculator;
import dev.keyaccount.receivables.dso.SalesPeriod;
import dev.keyaccount.examples.review.report.CsvOutput;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Section 6 of the review: deduction matching per currency, and aging, DSO and credit exposure from
 * the open items. The console shows per
 * currency the counts and amounts by state and the conservation check, then the first deductions and
 * rejected lines; {@code deduction-results.csv} has every deduction.
 */
final class ReceivablesSection {

  private ReceivablesSection() {}

  /** The review's matching policy ({@link ReviewMatchingPolicy}, shared with the Spark jobs). */
  static MatchingPolicy policy(CurrencyUnit currency) {
    return ReviewMatchingPolicy.of(currency);
  }

  /**
   * The section.
   *
   * @param spendAuthorizations what the trade-spend accruals authorize, matched with {@code authorizations.csv}
   * @param after filled with the ledgers after this run's matching, by currency code (the earlier ones
   *     when there is no {@code deductions.csv})
   */
  static Section build(ReviewInput input, ReviewPeriod period, Map<String, DeductionLedger> ledgers,
      OutputFolder files, List<ReviewInput.RejectedLine> rejected, List<Authorization> spendAuthorizations,
      Map<String, DeductionLedger> after) {
    Section section = new Section("6. Deductions, aging and DSO (扣款与应收)");
    if (input.deductions.isEmpty()) {
      section.note("Deduction matching: " + input.skipped(ReviewInput.DEDUCTIONS));
      LedgerSection.write(() -> ledgers, files);
      after.putAll(ledgers);
    } else {
      after.putAll(matching(input, period, ledgers, files, section, rejected, spendAuthorizations));
    }
    receivables(input, period, section);
    return section;
  }

  /**
   * Matches deductions and authorizations currency by currency: one {@link DeductionMatcher} run per
   * currency that appears in either file, with {@link #policy} in that currency, so no line is ever
   * taken for another currency's; each run continues from that currency's ledger (empty if none). The
   * one place the matcher is called.
   *
   * @param ledgers the ledgers an earlier run wrote, by currency code
   * @return the runs by currency code
   */
  static Map<CurrencyUnit, MatchingResult> match(List<Deduction> deductions, List<Authorization> authorizations,
      Map<String, DeductionLedger> ledgers) {
    return match(deductions, authorizations, ledgers, false);
  }

  /**
   * As {@link #match(List, List, Map)}; {@code oneCurrency} when the caller knows that the lines are in one
   * currency, so that they are passed on as they are held (a compact list stays compact).
   */
  static Map<CurrencyUnit, MatchingResult> match(List<Deduction> deductions, List<Authorization> authorizations,
      Map<String, DeductionLedger> ledgers, boolean oneCurrency) {
    Map<CurrencyUnit, List<Deduction>> deductionsBy = new TreeMap<>(BY_CODE);
    Map<CurrencyUnit, List<Authorization>> authorizationsBy = new TreeMap<>(BY_CODE);
    if (oneCurrency && !deductions.isEmpty() && !authorizations.isEmpty()
        && deductions.get(0).amount().getCurrency().equals(authorizations.get(0).amount().getCurrency())) {
      deductionsBy.put(deductions.get(0).amount().getCurrency(), deductions);
      authorizationsBy.put(authorizations.get(0).amount().getCurrency(), authorizations);
    } else {
      deductions.forEach(d -> deductionsBy.computeIfAbsent(d.amount().getCurrency(), c -> new ArrayList<>()).add(d));
      authorizations.forEach(a -> {
        authorizationsBy.computeIfAbsent(a.amount().getCurrency(), c -> new ArrayList<>()).add(a);
        deductionsBy.computeIfAbsent(a.amount().getCurrency(), c -> new ArrayList<>());
      });
    }
    Map<CurrencyUnit, MatchingResult> results = new TreeMap<>(BY_CODE);
    ledgers.values().forEach(l -> deductionsBy.computeIfAbsent(l.currency(), c -> new ArrayList<>()));
    deductionsBy.forEach((currency, lines) -> results.put(currency, new DeductionMatcher(policy(currency))
        .match(lines, authorizationsBy.getOrDefault(currency, List.of()),
            ledgers.getOrDefault(currency.getCurrencyCode(), DeductionLedger.empty(currency)))));
    return results;
  }

  private static final Comparator<CurrencyUnit> BY_CODE = Comparator.comparing(CurrencyUnit::getCurrencyCode);

  /**
   * Every run's deduction results in the order of {@code deduction-results.csv}: by deduction id, then
   * currency. Kept as positions in the runs' concatenated results (an {@code int} each, not an object),
   * sorted by {@link IdOrder}; the runs are in currency order, so equal ids keep it.
   */
  private static final class ResultOrder {
    private final MatchingResult[] runs;
    private final int[] offsets;
    private final int[] order;

    /**
     * The results of one run, given the positions of its input lines in id order ({@link IdOrder}): each
     * result is placed by its input line, so no id is sorted here.
     */
    ResultOrder(MatchingResult run, int inputLines, int[] inputByIdOrder) {
      runs = new MatchingResult[] {run};
      ResultColumns columns = run.resultColumns();
      offsets = new int[] {0, columns.size()};
      int[] rowOf = new int[inputLines];
      java.util.Arrays.fill(rowOf, -1);
      for (int row = 0; row < columns.size(); row++) {
        rowOf[columns.line(row)] = row;
      }
      order = new int[columns.size()];
      int k = 0;
      for (int line : inputByIdOrder) {
        if (rowOf[line] >= 0) {
          order[k++] = rowOf[line];
        }
      }
    }

    ResultOrder(java.util.Collection<MatchingResult> results) {
      runs = results.toArray(new MatchingResult[0]);
      offsets = new int[runs.length + 1];
      for (int r = 0; r < runs.length; r++) {
        offsets[r + 1] = offsets[r] + runs[r].deductionIds().size();
      }
      String[] ids = new String[offsets[runs.length]];
      for (int r = 0; r < runs.length; r++) {
        List<String> runIds = runs[r].deductionIds();
        for (int i = 0; i < runIds.size(); i++) {
          ids[offsets[r] + i] = runIds.get(i);
        }
      }
      order = IdOrder.of(ids);
    }

    int size() {
      return order.length;
    }

    /** The k-th result in id order, built when asked. */
    DeductionResult get(int k) {
      int r = run(k);
      return runs[r].deductionResults().get(order[k] - offsets[r]);
    }

    /** The run of the k-th result in id order. */
    int run(int k) {
      int position = order[k];
      int r = 0;
      while (offsets[r + 1] <= position) {
        r++;
      }
      return r;
    }

    /** The row of the k-th result in id order among its run's results. */
    int row(int k) {
      return order[k] - offsets[run(k)];
    }

    MatchingResult[] runs() {
      return runs;
    }
  }

  private static Map<String, DeductionLedger> matching(ReviewInput input, ReviewPeriod period,
      Map<String, DeductionLedger> ledgers, OutputFolder files, Section section, List<ReviewInput.RejectedLine> rejected,
      List<Authorization> spendAuthorizations) {
    InputFile<Deduction> deductionFile = input.deductions.get();
    List<Authorization> listed = input.authorizations.map(f -> f.values).orElse(List.of());
    List<Authorization> authorizations = listed;
    if (!spendAuthorizations.isEmpty()) {
      authorizations = new ArrayList<>(listed);
      authorizations.addAll(spendAuthorizations);
    }
    List<ReviewInput.RejectedLine> rejectedLines = new ArrayList<>();
    input.authorizations.ifPresent(f -> rejectedLines.addAll(f.rejected));
    rejectedLines.addAll(deductionFile.rejected);
    if (input.authorizations.isEmpty()) {
      section.note(spendAuthorizations.isEmpty() ? "No authorizations.csv: every deduction is matched against nothing."
          : "No authorizations.csv: deductions are matched against the trade-spend accruals of section 7 only.");
    }
    if (!spendAuthorizations.isEmpty()) {
      section.note("Authorizations: " + input.authorizations.map(f -> f.values.size()).orElse(0) + " from "
          + ReviewInput.AUTHORIZATIONS + " and " + spendAuthorizations.size()
          + " from the trade-spend accruals of section 7 (id: line@period).");
    }
    // One currency in both files (the common case): the compact lists go to the matcher as they are.
    boolean oneCurrency = spendAuthorizations.isEmpty() && deductionFile.oneCurrency()
        && input.authorizations.map(InputFile::oneCurrency).orElse(false);
    // A week with deductions dated before what the ledger has seen: its decisions may differ from one run's
    // over all the weeks (a claim is decided with the authorizations of its run), so the desk is told.
    ledgers.forEach((code, ledger) -> ledger.latestDeductionDate().ifPresent(latest -> {
      int before = deductionFile.countBefore(code, latest);
      if (before > 0) {
        section.note(code + ": " + before + " deduction(s) of this remittance are dated before " + latest + ", the"
            + " latest deduction of the ledger (--ledger): week by week gives the decisions of one run over all the"
            + " weeks only when the weeks are cut by date.");
      }
    }));
    // The results are written by id: in one currency, the input's ids are sorted on a second thread
    // while the matcher runs on this one (it has no use for the second core), and each result is found
    // by its input line afterwards.
    String[] ids = oneCurrency ? deductionFile.ids() : null;
    Background<int[]> idOrder = ids != null && ids.length == deductionFile.values.size()
        ? Background.start("ka-review-id-order", () -> IdOrder.of(ids)) : null;
    Map<CurrencyUnit, MatchingResult> results;
    try {
      results = match(deductionFile.values, authorizations, ledgers, oneCurrency);
    } catch (RuntimeException | Error e) {
      if (idOrder != null) {
        idOrder.awaitQuietly();
      }
      throw e;
    }
    ResultOrder refs = idOrder != null && results.size() == 1
        ? new ResultOrder(results.values().iterator().next(), ids.length, idOrder.await())
        : new ResultOrder(results.values());
    for (MatchingResult run : results.values()) {
      rejectedLines.addAll(lineOf(run, deductionFile, input.authorizations, oneCurrency));
    }
    // The lines read are not needed past this point (the runs keep their own columns): letting them go
    // before the ledgers and the files are made is what lets 1M x 1M lines run in a smaller heap.
    deductionFile.release();
    input.authorizations.ifPresent(InputFile::release);
    listed = null;
    authorizations = null;
    // The next ledgers are built on a second thread while this one orders the results and fills the
    // tables (each result builds its ledger once, under its own lock, whoever asks first); once built,
    // their files are written on a third while this one writes the results (when the run has a staged
    // target). The files are added first, so that they keep their place in the output's list.
    java.util.concurrent.CompletableFuture<Map<String, DeductionLedger>> built =
        new java.util.concurrent.CompletableFuture<>();
    LedgerSection.write(built::join, files);
    Background<Map<String, DeductionLedger>> nextLedgers = Background.start("ka-review-ledger", () -> {
      try {
        Map<String, DeductionLedger> next = new TreeMap<>(ledgers);
        results.forEach((currency, run) -> next.put(currency.getCurrencyCode(), run.ledger()));
        built.complete(next);
        files.writeAhead(LedgerSection.largestFirst());
        return next;
      } catch (RuntimeException | Error e) {
        built.completeExceptionally(e);
        throw e;
      }
    });
    try {
      report(results, refs, rejectedLines, section, rejected, files);
      // This file's content is complete: written now (when the run has a staged target) while the
      // other thread builds the next ledgers, rather than by this thread waiting for them.
      files.writeNow(RESULTS);
    } catch (RuntimeException | Error e) {
      nextLedgers.awaitQuietly();
      throw e;
    }
    Map<String, DeductionLedger> next = nextLedgers.await();
    LedgerSection.report(next, changedEarlier(results), period.asOfGiven() ? period.asOf() : latestDeduction(next)
        .orElse(period.asOf()), section, files);
    return next;
  }

  /**
   * The latest deduction date the ledgers hold (their deductions are in date order): the day open
   * deductions are aged at unless {@code --as-of} says otherwise, so that a weekly run in the middle of a
   * quarter does not age this week's claims to the quarter's end.
   */
  private static Optional<java.time.LocalDate> latestDeduction(Map<String, DeductionLedger> ledgers) {
    java.time.LocalDate latest = null;
    for (DeductionLedger ledger : ledgers.values()) {
      LedgerColumns columns = ledger.deductionColumns();
      if (columns.size() > 0 && (latest == null || columns.date(columns.size() - 1).isAfter(latest))) {
        latest = columns.date(columns.size() - 1);
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The earlier deductions the runs changed, by id, then currency. */
  private static List<DeductionResult> changedEarlier(Map<CurrencyUnit, MatchingResult> results) {
    List<DeductionResult> earlier = new ArrayList<>();
    results.values().forEach(run -> earlier.addAll(run.changedDeductions()));
    earlier.sort(Comparator.comparing(DeductionResult::deductionId)
        .thenComparing(r -> r.amount().getCurrency(), BY_CODE));
    return earlier;
  }

  /** The runs' tables, the rejected lines, and {@code deduction-results.csv}. */
  private static void report(Map<CurrencyUnit, MatchingResult> results, ResultOrder refs,
      List<ReviewInput.RejectedLine> rejectedLines,
      Section section, List<ReviewInput.RejectedLine> rejected, OutputFolder files) {
    for (MatchingResult run : results.values()) {
      section.table(states(run)).chart(statesChart(run)).note("Auto-match rate (" + run.currency().getCurrencyCode() + "): "
          + run.summary().autoMatchRateByCount() + " by count, " + run.summary().autoMatchRateByAmount() + " by amount.")
          .table(conservation(run));
    }
    List<DeductionResult> earlier = changedEarlier(results);
    TextTable lines = new TextTable("Deductions", "deduction", "state", "pass", ">amount", ">matched", ">disputed",
        ">written off", ">unresolved", "authorizations / candidates").detailIn(RESULTS);
    TextTable open = new TextTable("Authorizations with a remaining balance", "authorization", ">amount",
        ">consumed", ">remaining");
    for (int k = 0; k < refs.size(); k++) {
      if (!lines.hasRoom()) {
        lines.skipRows(refs.size() - lines.rowCount());
        break;
      }
      DeductionResult r = refs.get(k);
      String ids = authorizationIds(r);
      String shown = !ids.isEmpty() ? ids
          : !r.candidates().isEmpty() ? "candidates: " + IdList.of(r.candidates())
          : r.duplicateOf().map(d -> "duplicate of " + d).orElse("");
      lines.row(r.deductionId(), r.state(), r.pass(), money(r.amount()), money(r.matched()), money(r.disputed()),
          money(r.writtenOff()), money(r.unresolved()), shown);
    }
    for (MatchingResult run : results.values()) {
      List<AuthorizationBalance> balances = run.openAuthorizations();
      for (int i = 0; i < balances.size(); i++) {
        if (!open.hasRoom()) {
          open.skipRows(balances.size() - i); // counted, not formatted: the table keeps its first rows only
          break;
        }
        AuthorizationBalance b = balances.get(i);
        open.row(b.authorizationId(), money(b.amount()), money(b.consumed()), money(b.remaining()));
      }
    }
    section.table(lines).table(open);
    if (!rejectedLines.isEmpty()) {
      TextTable table = new TextTable("Rejected lines (the rest was matched)", "file", ">line", "id", "reason")
          .detailIn(Review.REJECTED);
      rejectedLines.forEach(r -> table.row(r.file(), r.line() == 0 ? "" : r.line(), r.id(), r.reason()));
      section.table(table);
    }
    rejected.addAll(rejectedLines);
    files.add(RESULTS, out -> writeResults(out, refs, earlier));
  }

  /** The file with one line per matched deduction. */
  static final String RESULTS = "deduction-results.csv";

  private static void writeResults(Writer writer, ResultOrder refs, List<DeductionResult> earlier)
      throws IOException {
    try (CsvOutput csv = new CsvOutput(writer, "deduction_id", "currency", "state", "matched_amount",
        "disputed_amount", "written_off_amount", "unresolved_amount", "authorization_ids", "remittance", "candidates",
        "duplicate_of")) {
      // This run's results from the runs' columns (no DeductionResult built per line), in id order.
      MatchingResult[] runs = refs.runs();
      ResultColumns[] columns = new ResultColumns[runs.length];
      String[] codes = new String[runs.length];
      int[] digits = new int[runs.length];
      for (int r = 0; r < runs.length; r++) {
        columns[r] = runs[r].resultColumns();
        codes[r] = runs[r].currency().getCurrencyCode();
        digits[r] = Monies.minorDigits(runs[r].currency());
      }
      StringBuilder ids = new StringBuilder();
      ResultBlock block = new ResultBlock();
      for (int from = 0; from < refs.size(); from += RowBlock.SIZE) {
        int count = Math.min(RowBlock.SIZE, refs.size() - from);
        block.fill(refs, columns, from, count);
        for (int j = 0; j < count; j++) {
          int r = block.run[j];
          ResultColumns c = columns[r];
          int i = block.row[j];
          int matches = block.matchCount[j];
          String authorizationIds;
          if (matches == 1) {
            authorizationIds = IdList.escape(block.firstMatch[j]);
          } else {
            ids.setLength(0);
            for (int m = 0; m < matches; m++) {
              IdList.append(ids.append(m == 0 ? "" : ";"), c.matchAuthorizationId(i, m));
            }
            authorizationIds = ids.toString();
          }
          csv.text(block.id[j]).text(codes[r]).text(block.state[j].name())
              .exactMinorUnits(block.matched[j], digits[r]).exactMinorUnits(block.disputed[j], digits[r])
              .exactMinorUnits(block.writtenOff[j], digits[r]).exactMinorUnits(block.unresolved[j], digits[r])
              .text(authorizationIds).text("this").text(block.candidateCount[j] == 0 ? "" : candidates(c, i, ids))
              .text(block.duplicateOf[j]).endRow();
        }
      }
      for (DeductionResult r : earlier) {
        writeResult(csv, r, "earlier");
      }
    }
  }

  /** A block of the lines of {@code deduction-results.csv} ({@link RowBlock}), in id order. */
  private static final class ResultBlock extends RowBlock {
    final int[] run = new int[SIZE];
    final int[] row = new int[SIZE];
    final String[] id = new String[SIZE];
    final DeductionState[] state = new DeductionState[SIZE];
    final long[] matched = new long[SIZE];
    final long[] disputed = new long[SIZE];
    final long[] writtenOff = new long[SIZE];
    final long[] unresolved = new long[SIZE];
    final int[] matchCount = new int[SIZE];
    /** The authorization of a line with exactly one match; null otherwise. */
    final String[] firstMatch = new String[SIZE];
    final int[] candidateCount = new int[SIZE];
    final String[] duplicateOf = new String[SIZE];

    /** Reads lines {@code from} to {@code from + count - 1} (in id order) into positions 0 to {@code count - 1}. */
    void fill(ResultOrder refs, ResultColumns[] columns, int from, int count) {
      for (int j = 0; j < count; j++) {
        int r = refs.run(from + j);
        int i = refs.row(from + j);
        ResultColumns c = columns[r];
        run[j] = r;
        row[j] = i;
        id[j] = c.deductionId(i);
        state[j] = c.state(i);
        matched[j] = c.matchedMinorUnits(i);
        disputed[j] = c.disputedMinorUnits(i);
        writtenOff[j] = c.writtenOffMinorUnits(i);
        unresolved[j] = c.unresolvedMinorUnits(i);
        int matches = c.matchCount(i);
        matchCount[j] = matches;
        firstMatch[j] = matches == 1 ? c.matchAuthorizationId(i, 0) : null;
        candidateCount[j] = c.candidateCount(i);
        duplicateOf[j] = c.duplicateOf(i).orElse("");
      }
      touch(id, count);
      touch(firstMatch, count);
    }
  }

  private static void writeResult(CsvOutput csv, DeductionResult r, String remittance) throws IOException {
    csv.text(r.deductionId()).text(r.amount().getCurrency().getCurrencyCode()).text(r.state().name())
        .amount(r.matched()).amount(r.disputed()).amount(r.writtenOff()).amount(r.unresolved())
        .text(authorizationIds(r)).text(remittance).text(IdList.of(r.candidates()))
        .text(r.duplicateOf().orElse("")).endRow();
  }

  /** The candidates of an unresolved result as an {@link IdList} (empty for any other). */
  private static String candidates(ResultColumns c, int i, StringBuilder ids) {
    int n = c.candidateCount(i);
    if (n == 0) {
      return "";
    }
    ids.setLength(0);
    for (int k = 0; k < n; k++) {
      IdList.append(ids.append(k == 0 ? "" : ";"), c.candidateId(i, k));
    }
    return ids.toString();
  }

  /** The matched authorizations' ids as an {@link IdList} (a loop, not a stream: once per line of a million). */
  private static String authorizationIds(DeductionResult r) {
    List<AuthorizationMatch> matches = r.matches();
    if (matches.size() == 1) {
      return IdList.escape(matches.get(0).authorizationId());
    }
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < matches.size(); i++) {
      IdList.append(ids.append(i == 0 ? "" : ";"), matches.get(i).authorizationId());
    }
    return ids.toString();
  }

  private static TextTable states(MatchingResult run) {
    MatchingSummary summary = run.summary();
    TextTable states = new TextTable("Deduction matching (扣款核对), " + run.currency().getCurrencyCode(),
        "state", ">deductions", ">amount");
    for (DeductionState state : DeductionState.values()) {
      states.row(state, summary.count(state), money(summary.amount(state)));
    }
    return states.row("total", summary.deductionCount(), money(summary.totalDeducted()));
  }

  private static Chart statesChart(MatchingResult run) {
    String currency = run.currency().getCurrencyCode();
    Chart chart = Chart.bars("deduction-states-" + currency, "Deductions by state (扣款状态), amount in " + currency,
        currency);
    for (DeductionState state : DeductionState.values()) {
      chart.bar(state.name(), Monies.decimal(run.summary().amount(state)).doubleValue(),
          money(run.summary().amount(state)));
    }
    return chart;
  }

  private static TextTable conservation(MatchingResult run) {
    MatchingSummary summary = run.summary();
    return new TextTable("Conservation (to the minor unit), " + run.currency().getCurrencyCode(), "line", ">amount")
        .row("matched", money(summary.matched()))
        .row("disputed", money(summary.disputed()))
        .row("written off", money(summary.writtenOff()))
        .row("unresolved", money(summary.unresolved()))
        .row("= total deducted", money(summary.totalDeducted()))
        .row("authorized: consumed", money(summary.consumed()))
        .row("authorized: remaining", money(summary.remaining()))
        .row("= total authorized", money(summary.totalAuthorized()));
  }

  /**
   * The file and line of each line the matcher rejected, found by id without an index of every line:
   * only the rejected ids are looked up. When an id is on several lines, the rejected ones are taken to
   * be its later lines (the matcher keeps the first of a repeated id).
   */
  /**
   * The file lines of a run's failure items, by their positions: a position is the line's place in what
   * the run was given, which is the file's values in order when the files are in one currency, else the
   * values of the run's currency in order (then the other currencies' values are skipped). An
   * authorization beyond the file's values is a trade-spend accrual (line 0).
   */
  private static List<ReviewInput.RejectedLine> lineOf(MatchingResult run, InputFile<Deduction> deductions,
      Optional<InputFile<Authorization>> authorizations, boolean oneCurrency) {
    List<ReviewInput.RejectedLine> out = new ArrayList<>();
    int[] deductionIndex = null;
    int[] authorizationIndex = null;
    for (FailureItem r : run.rejected()) {
      boolean isDeduction = r.input().equals("deductions");
      InputFile<?> file;
      int[] index;
      if (isDeduction) {
        file = deductions;
        if (deductionIndex == null) {
          deductionIndex = oneCurrency ? null : indexOf(deductions, d -> d.amount().getCurrency(), run.currency());
        }
        index = deductionIndex;
      } else {
        file = authorizations.orElse(null);
        if (file != null && authorizationIndex == null && !oneCurrency) {
          authorizationIndex = indexOf(authorizations.get(), a -> a.amount().getCurrency(), run.currency());
        }
        index = authorizationIndex;
      }
      int position = r.position();
      int at = index == null ? position : position < index.length ? index[position] : -1;
      long line = file != null && at >= 0 && at < file.values.size() ? file.line(at) : 0;
      out.add(new ReviewInput.RejectedLine(file != null ? file.file
          : isDeduction ? ReviewInput.DEDUCTIONS : ReviewInput.AUTHORIZATIONS, line, r.itemId().orElse(""),
          withLines(r.message(), r.input(), file, index)));
    }
    out.sort(Comparator.comparing(ReviewInput.RejectedLine::file).thenComparingLong(ReviewInput.RejectedLine::line));
    return out;
  }

  /**
   * The two places a matcher's message names a position in its input list: the argument it starts
   * with ({@code Argument 'deductions[12]' }) and, for a repeated id, the first line with that id at its
   * end ({@code (the id of deductions[3])}). Nothing between them (a quoted id or value) is touched.
   */
  private static final java.util.regex.Pattern ARGUMENT =
      java.util.regex.Pattern.compile("^Argument '(deductions|authorizations)\\[(\\d{1,9})]' ");
  private static final java.util.regex.Pattern FIRST_WITH_ID =
      java.util.regex.Pattern.compile("\\(the id of (deductions|authorizations)\\[(\\d{1,9})]\\)$");

  /**
   * The library's message with the positions in the list the file was read into (per currency, where
   * the file has several) named by the file's lines instead, as the person reads the file: "Argument
   * 'deductions[2]' must have a unique id but has value 'D1' (the id of deductions[0])" becomes "The line
   * must have a unique id but has value 'D1' (the id of line 2)" (the line's own number is its column).
   * A position of another list, or of no line of the file (an accrual of section 7), is left as it is.
   */
  static String withLines(String message, String input, InputFile<?> file, int[] index) {
    String text = message;
    java.util.regex.Matcher first = FIRST_WITH_ID.matcher(text);
    if (first.find()) {
      long line = lineAt(first.group(1), first.group(2), input, file, index);
      if (line > 0) {
        text = text.substring(0, first.start()) + "(the id of line " + line + ")";
      }
    }
    java.util.regex.Matcher argument = ARGUMENT.matcher(text);
    if (argument.find() && lineAt(argument.group(1), argument.group(2), input, file, index) > 0) {
      text = "The line " + text.substring(argument.end());
    }
    return text;
  }

  /** The file's line at a position of the list {@code list}, or 0 if it is another list's or no line's. */
  private static long lineAt(String list, String digits, String input, InputFile<?> file, int[] index) {
    if (file == null || !list.equals(input)) {
      return 0;
    }
    int position = Integer.parseInt(digits);
    int at = index == null ? position : position < index.length ? index[position] : -1;
    return at >= 0 && at < file.values.size() ? file.line(at) : 0;
  }

  /** The indices in the file's values of its lines in one currency, in order. */
  private static <T> int[] indexOf(InputFile<T> file, java.util.function.Function<T, CurrencyUnit> currency,
      CurrencyUnit wanted) {
    int[] index = new int[file.values.size()];
    int n = 0;
    for (int i = 0; i < file.values.size(); i++) {
      if (currency.apply(file.values.get(i)).equals(wanted)) {
        index[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(index, n);
  }

  /**
   * Aging per currency, DSO and credit exposure per account, from {@code open-items.csv} (invoices
   * dated on or before the as-of date are aged and in DSO; invoices and open orders are in credit
   * exposure), {@code monthly-sales.csv} (credit sales) and {@code agreements.csv} (credit limits).
   */
  private static void receivables(ReviewInput input, ReviewPeriod period, Section section) {
    if (input.sections.openItems.isEmpty()) {
      section.note("Aging, DSO and credit: " + input.skipped(SectionInputs.OPEN_ITEMS));
      return;
    }
    LocalDate asOf = period.asOf();
    List<SectionInputs.OpenItemLine> items = input.sections.openItems.get().values.stream()
        .filter(i -> !i.documentDate().isAfter(asOf)).collect(Collectors.toList());
    Map<CurrencyUnit, List<OpenItem>> invoices = new TreeMap<>(BY_CODE);
    Map<String, Map<CurrencyUnit, Money>> receivable = new TreeMap<>();
    Map<String, Map<CurrencyUnit, Money>> ordered = new TreeMap<>();
    for (SectionInputs.OpenItemLine line : items) {
      OpenItem item = line.item();
      CurrencyUnit currency = item.amount().getCurrency();
      boolean invoice = line.kind() == SectionInputs.ItemKind.INVOICE;
      if (invoice) {
        invoices.computeIfAbsent(currency, c -> new ArrayList<>()).add(item);
      }
      (invoice ? receivable : ordered).computeIfAbsent(item.accountId(), k -> new TreeMap<>(BY_CODE))
          .merge(currency, Money.from(item.amount()), Money::add);
    }
    for (Map.Entry<CurrencyUnit, List<OpenItem>> entry : invoices.entrySet()) {
      AgingReport aging = AgingCalculator.DEFAULT.age(entry.getValue(), asOf, entry.getKey());
      section.table(agingTable(aging, entry.getKey())).chart(agingChart(aging, entry.getKey()));
      aging.failures().forEach(f -> section.note("Open item left out of the aging: " + f.message()));
    }
    if (invoices.isEmpty()) {
      section.note("No open invoice dated on or before " + asOf + " in " + SectionInputs.OPEN_ITEMS + ".");
    }
    section.table(dso(input, period, receivable));
    if (input.sections.agreements.isEmpty()) {
      section.note("Credit exposure: " + input.skipped(SectionInputs.AGREEMENTS));
      return;
    }
    TextTable credit = new TextTable("Credit exposure (信用额度) as of " + asOf
        + ": open invoices + open orders against the limit", "account", ">limit", ">open invoices", ">open orders",
        ">exposure", ">available", "held");
    // The limit in force on the as-of date: that year's agreement.
    java.time.Year year = java.time.Year.from(asOf);
    for (SectionInputs.AgreementLine a : input.sections.agreementsOf(year).values()) {
      String account = a.agreement().accountId();
      CurrencyUnit currency = a.agreement().creditLimit().getCurrency();
      Money zero = Money.zero(currency);
      Money open = receivable.getOrDefault(account, Map.of()).getOrDefault(currency, zero);
      Money orders = ordered.getOrDefault(account, Map.of()).getOrDefault(currency, zero);
      CreditDecision decision = CreditCheck.DEFAULT.check(CreditPosition.builder()
          .creditLimit(a.agreement().creditLimit()).openReceivables(open).openOrders(orders).build(), zero);
      credit.row(account, money(a.agreement().creditLimit()), money(open), money(orders), money(decision.exposure()),
          money(decision.available()), decision.held() ? "YES, " + money(decision.amountOver()) + " over" : "no");
    }
    if (credit.rowCount() > 0) {
      section.table(credit);
    } else {
      section.note("Credit exposure: no agreement for " + year + " in " + SectionInputs.AGREEMENTS + ".");
    }
    String elsewhere = input.sections.agreementsElsewhere(year, "so no credit limit");
    if (elsewhere != null) {
      section.note(elsewhere);
    }
  }

  private static Chart agingChart(AgingReport aging, CurrencyUnit currency) {
    String code = currency.getCurrencyCode();
    Chart chart = Chart.bars("aging-" + code, "Open invoices by age (账龄分布) as of " + aging.asOf() + ", " + code, code);
    for (int i = 0; i < aging.labels().size(); i++) {
      MonetaryAmount amount = aging.totals().get(i);
      chart.bar(aging.labels().get(i), Monies.decimal(amount).doubleValue(), money(amount));
    }
    return chart;
  }

  private static TextTable agingTable(AgingReport aging, CurrencyUnit currency) {
    List<String> columns = new ArrayList<>();
    columns.add("account");
    aging.labels().forEach(label -> columns.add(">" + label));
    columns.add(">total");
    TextTable table = new TextTable("Aging (账龄) as of " + aging.asOf() + ", " + currency.getCurrencyCode(),
        columns.toArray(new String[0]));
    aging.byAccount().forEach((account, amounts) -> {
      List<Object> row = new ArrayList<>();
      row.add(account);
      amounts.forEach(a -> row.add(money(a)));
      row.add(money(Monies.sum(amounts, currency)));
      table.row(row.toArray());
    });
    List<Object> total = new ArrayList<>();
    total.add("total");
    aging.totals().forEach(a -> total.add(money(a)));
    total.add(money(aging.total()));
    return table.row(total.toArray());
  }

  /**
   * DSO per account and currency: the standard method over the quarter's months up to the as-of
   * month, and the countback method over the months back from the as-of month (at most 12).
   */
  private static TextTable dso(ReviewInput input, ReviewPeriod period, Map<String, Map<CurrencyUnit, Money>> open) {
    YearMonth asOfMonth = YearMonth.from(period.asOf());
    YearMonth first = YearMonth.from(period.quarter().atDay(1));
    YearMonth last = asOfMonth.isAfter(YearMonth.from(period.quarter().atEndOfQuarter()))
        ? YearMonth.from(period.quarter().atEndOfQuarter()) : asOfMonth;
    Map<String, Map<YearMonth, Money>> sales = new TreeMap<>();
    input.sections.monthlySales.ifPresent(f -> f.values.forEach(m -> sales
        .computeIfAbsent(m.accountId(), k -> new TreeMap<>()).merge(m.month(), m.sales(), Money::add)));
    TextTable dso = new TextTable("DSO (应收账款周转天数) as of " + period.asOf() + ": open invoices / credit sales",
        "account", ">open invoices", "method", "credit sales", ">days");
    open.forEach((account, byCurrency) -> byCurrency.forEach((currency, receivables) -> {
      Map<YearMonth, Money> months = sales.getOrDefault(account, Map.of());
      if (input.sections.monthlySales.isEmpty() || months.isEmpty()
          || !months.values().iterator().next().getCurrency().equals(currency)) {
        dso.row(account, money(receivables), "-", "no " + currency.getCurrencyCode() + " sales in "
            + SectionInputs.MONTHLY_SALES, "-");
        return;
      }
      Money zero = Money.zero(currency);
      Money quarterSales = zero;
      int days = 0;
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        quarterSales = quarterSales.add(months.getOrDefault(m, zero));
        days += m.lengthOfMonth();
      }
      Money credit = quarterSales;
      int period1 = days;
      dso.row(account, money(receivables), "standard", money(credit) + " over " + period1 + " days",
          figure(() -> DsoCalculator.DEFAULT.standard(receivables, credit, period1), "no credit sales"));
      List<SalesPeriod> back = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        YearMonth m = asOfMonth.minusMonths(i);
        Money s = months.getOrDefault(m, zero);
        if (s.isPositive()) {
          back.add(SalesPeriod.of(s, m.lengthOfMonth()));
        }
      }
      dso.row(account, money(receivables), "countback", "months back from " + asOfMonth,
          figure(() -> DsoCalculator.DEFAULT.countback(receivables, back), "the sales do not cover the invoices"));
    }));
    return dso;
  }

  private static String figure(java.util.function.Supplier<java.math.BigDecimal> days, String why) {
    try {
      return days.get().toPlainString();
    } catch (IllegalArgumentException e) {
      return "- (" + why + ")";
    }
  }
}
