package dev.keyaccount.examples.review;

import dev.keyaccount.examples.review.csv.CsvRow;
import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.CompactAuthorizations;
import dev.keyaccount.receivables.deduction.CompactDeductions;
import dev.keyaccount.receivables.deduction.Deduction;
import dev.keyaccount.receivables.deduction.DeductionMatcher;
import dev.keyaccount.receivables.deduction.ReasonType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * The receivables CSV schemas and their conversion to ka-receivables values. Every cell is parsed
 * first (a malformed cell stops the run); a well-formed line that the library rejects is kept as a
 * rejected line. Each row goes into the file's columns as it is read; no row or value is kept. An
 * authorization's {@code end_date} is the date deductions are matched against (the
 * promotion's end, the fee's period end).
 */
final class ReceivablesInput {

  static final List<String> AUTHORIZATION_COLUMNS = List.of("authorization_id", "account_id", "type", "reference",
      "start_date", "end_date", "amount", "currency");
  static final List<String> DEDUCTION_COLUMNS = List.of("deduction_id", "account_id", "date", "reason_code",
      "reference", "amount", "currency");

  private ReceivablesInput() {}

  static void authorization(CsvRow row, InputFile<Authorization> file, AuthorizationColumns columns) {
    String id = row.text("authorization_id");
    String account = file.shared(row.optionalText("account_id"));
    ReasonType type = file.type(row, "type");
    String reference = row.optionalText("reference");
    LocalDate start = file.date(row, "start_date");
    LocalDate end = file.date(row, "end_date");
    BigDecimal amount = row.decimal("amount");
    CurrencyUnit currency = file.currency(row, "currency");
    if (end.isBefore(start)) {
      throw row.error("end_date", end.toString(), "the end date is before the start date " + start);
    }
    ReviewInput.addToColumnsOrReject(row, id, () -> columns.builder.add(id, account, type,
        reference.isEmpty() ? Optional.empty() : Optional.of(reference), amount, currency, end), file);
  }

  static void deduction(CsvRow row, InputFile<Deduction> file, DeductionColumns columns) {
    String id = row.text("deduction_id");
    String account = file.shared(row.optionalText("account_id"));
    LocalDate date = file.date(row, "date");
    String reasonCode = file.shared(row.text("reason_code"));
    String reference = row.optionalText("reference");
    BigDecimal amount = row.decimal("amount");
    CurrencyUnit currency = file.currency(row, "currency");
    ReviewInput.addToColumnsOrReject(row, id, () -> {
      columns.builder.add(id, account, date, reasonCode, reference.isEmpty() ? Optional.empty()
          : Optional.of(reference), amount, currency);
      columns.added(id, account, date, reasonCode, reference, amount, currency);
    }, file);
  }

  /**
   * The authorizations read, as a {@link CompactAuthorizations}: each line goes into the columns by its
   * fields, with no value built for it (the library rejects the same lines as when building the value).
   */
  static final class AuthorizationColumns implements InputFile.Compactor<Authorization> {
    private final CompactAuthorizations.Builder builder = CompactAuthorizations.builder();

    @Override
    public List<Authorization> build() {
      return builder.build();
    }
  }

  /**
   * The deductions read, as a {@link CompactDeductions}, as {@link AuthorizationColumns}; and the latest
   * date among the lines the matcher will accept, which sets the review's quarter: a line it rejects
   * (dated 9999, without an account, a negative amount, an id repeating an earlier line's of its
   * currency or a deduction of an earlier run) must not.
   */
  static final class DeductionColumns implements InputFile.Compactor<Deduction> {
    private final CompactDeductions.Builder builder = CompactDeductions.builder();
    /** Per line, its id (to see whether the latest line repeats one, and to order the results by id). */
    private String[] ids = new String[1024];
    private int count;
    /** The latest date of a line that passes the line checks, the line and its currency. */
    private LocalDate latest;
    private int latestLine = -1;
    private String latestCurrency;
    private boolean latestChecked;
    private List<Deduction> built;
    /** Per currency code, how many lines fall on each date (a year of lines falls on a few hundred dates). */
    private final java.util.Map<String, java.util.Map<LocalDate, int[]>> days = new java.util.HashMap<>();
    private String lastCode;
    private java.util.Map<LocalDate, int[]> lastDays;

    @Override
    public List<Deduction> build() {
      if (built == null) {
        built = builder.build();
      }
      return built;
    }

    /** Records a line just added to the columns. */
    void added(String id, String account, LocalDate date, String reasonCode, String reference, BigDecimal amount,
        CurrencyUnit currency) {
      if (count == ids.length) {
        ids = java.util.Arrays.copyOf(ids, count * 2);
      }
      ids[count] = id;
      String code = currency.getCurrencyCode();
      if (!code.equals(lastCode)) {
        lastCode = code;
        lastDays = days.computeIfAbsent(code, c -> new java.util.HashMap<>());
      }
      lastDays.computeIfAbsent(date, d -> new int[1])[0]++;
      if ((latest == null || date.isAfter(latest)) && accepted(id, account, date, reasonCode, reference, amount,
          currency)) {
        latest = date;
        latestLine = count;
        latestCurrency = currency.getCurrencyCode();
      }
      count++;
    }

    /**
     * The line checks of the matcher that need no other line: dates, lengths, a positive amount in whole
     * minor units within the bound. (Run only for a line later than every earlier one.)
     */
    private static boolean accepted(String id, String account, LocalDate date, String reasonCode, String reference,
        BigDecimal amount, CurrencyUnit currency) {
      int digits = currency.getDefaultFractionDigits();
      return !date.isBefore(DeductionMatcher.MIN_DATE) && !date.isAfter(DeductionMatcher.MAX_DATE)
          && !account.isBlank() && id.length() <= DeductionMatcher.MAX_ID_LENGTH
          && account.length() <= DeductionMatcher.MAX_ID_LENGTH
          && reasonCode.length() <= DeductionMatcher.MAX_ID_LENGTH
          && reference.length() <= DeductionMatcher.MAX_REFERENCE_LENGTH && amount.signum() > 0 && digits >= 0
          && amount.stripTrailingZeros().scale() <= digits
          && amount.movePointRight(digits).compareTo(BigDecimal.valueOf(DeductionMatcher.MAX_MINOR_UNITS)) <= 0;
    }

    /**
     * The latest date of a line the matcher will accept. The latest line that passes the line checks is
     * the answer when its id is new in the file and unknown to the earlier runs, as it almost always is;
     * otherwise the lines are gone through again as the matcher takes them: per currency, the first
     * line of an id that passes the checks and is not an earlier run's.
     */
    @Override
    public LocalDate latestDate(java.util.function.BiPredicate<String, String> earlier) {
      if (!latestChecked) {
        latestChecked = true;
        if (latestLine >= 0 && (repeatsEarlier(latestLine) || earlier.test(latestCurrency, ids[latestLine]))) {
          latest = null;
          java.util.Set<String> seen = new java.util.HashSet<>();
          List<Deduction> lines = build();
          for (int i = 0; i < count; i++) {
            Deduction d = lines.get(i);
            String code = d.amount().getCurrency().getCurrencyCode();
            BigDecimal amount = d.amount().getNumber().numberValue(BigDecimal.class);
            if (accepted(d.id(), d.accountId(), d.date(), d.reasonCode(), d.reference().orElse(""), amount,
                d.amount().getCurrency()) && !earlier.test(code, d.id()) && seen.add(code + '\u0000' + d.id())
                && (latest == null || d.date().isAfter(latest))) {
              latest = d.date();
            }
          }
        }
      }
      return latest;
    }

    @Override
    public int countBefore(String currencyCode, LocalDate day) {
      int before = 0;
      for (java.util.Map.Entry<LocalDate, int[]> e : days.getOrDefault(currencyCode, java.util.Map.of()).entrySet()) {
        before += e.getKey().isBefore(day) ? e.getValue()[0] : 0;
      }
      return before;
    }

    @Override
    public String[] ids() {
      return java.util.Arrays.copyOf(ids, count);
    }

    /** Whether any earlier line, of any currency or validity, has this line's id. */
    private boolean repeatsEarlier(int line) {
      String id = ids[line];
      int hash = id.hashCode();
      for (int i = 0; i < line; i++) {
        if (ids[i].hashCode() == hash && ids[i].equals(id)) {
          return true;
        }
      }
      return false;
    }
  }
}
