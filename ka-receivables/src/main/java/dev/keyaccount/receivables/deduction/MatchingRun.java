package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * One matching run: the input converted once to arrays of minor units, the passes, and the outcome
 * the {@link MatchingResult} reads. The deductions are sorted by date and matched one date at a time,
 * each date through every pass, against what earlier dates (and earlier runs, through the ledger)
 * left; so a run over several weeks decides as the same weeks run one after the other. Every index is
 * built in time linear (or n log n) in the input. Confined to the thread that runs it until the result
 * is published; read-only afterwards.
 */
final class MatchingRun {

  private static final byte PENDING = -1;
  private static final DeductionState[] STATES = DeductionState.values();
  private static final MatchPass[] PASSES = MatchPass.values();
  private static final ReasonType[] TYPES = ReasonType.values();
  private static final int TYPE_COUNT = TYPES.length;
  private static final long MIN_DAY = DeductionMatcher.MIN_DATE.toEpochDay();
  private static final long MAX_DAY = DeductionMatcher.MAX_DATE.toEpochDay();
  /**
   * How much longer the odds against chance must be for one deduction taking three authorizations
   * than for two (pass 3a): each authorization is a free choice among the open ones of the group, so
   * in a large account the estimate of chance triples is the least reliable; three deductions for one
   * authorization (pass 3b) choose among lines that found no match of their own and keep the policy's odds.
   */
  private static final double TRIPLE_ODDS = 100;
  private static final BigDecimal MAX_MINOR = BigDecimal.valueOf(DeductionMatcher.MAX_MINOR_UNITS);

  private final MatchingPolicy policy;
  private final DeductionLedger ledger;
  private final boolean hasLedger;
  /** Whether only the authorizations of the accounts this run concerns are loaded (see DeductionMatcher). */
  private final boolean concernedOnly;
  private final CurrencyUnit currency;
  /**
   * The zero of the currency, shared by the results and ledger lines built from this run: most of a
   * million lines' parts are zero, and a value per part was most of the ledger's memory.
   */
  private volatile Money zero;
  private final long absoluteTolerance;
  private final long combinationTolerance;
  /** The most chance combinations a search may expect for its one solution to be accepted. */
  private final double coincidenceLimit;
  private final BigDecimal relativeTolerance;
  private final int minorDigits;
  private final long dateWindowDays;
  private final long[] writeOffThreshold = new long[TYPE_COUNT + 1];
  private final List<RejectedLine> rejected = new ArrayList<>();
  private final List<String> accounts = new ArrayList<>();
  private IndexTable accountIndex;
  private String probedAccount;
  private final IndexTable.SameKey sameAccount = (other, probe) -> accounts.get(other).equals(probedAccount);
  private final Map<String, Integer> reasonTypes = new HashMap<>();
  private ReferenceTable references;

  // Accepted authorizations, in order of date, amount and id.
  private int na;
  private Authorization[] aSource;
  private String[] aId;
  private int[] aAccount;
  private int[] aType;
  private int[] aDate;
  private long[] aAmount;
  private long[] aRemaining;
  private int[] aRef;
  private int[] aNextSameRef;
  private int[] firstWithRef;
  // The authorizations grouped by (account, type), each group by amount: group g is positions
  // aGroupStart[g] to aGroupStart[g + 1] of aByGroup, whose amounts aGroupAmount holds in the same
  // order, so a search by amount reads one stretch of memory.
  private int[] aGroupStart;
  private int[] aByGroup;
  private long[] aGroupAmount;
  /** Per (account, type) group, the dates of its authorizations in ascending order (not by index). */
  private long[] aGroupDate;
  /** By position in {@code aByGroup}: the authorization's date. */
  private int[] aGroupDay;
  /** By position in {@code aByGroup}: whether the authorization has been consumed from (not untouched). */
  private boolean[] aGroupTouched;
  /** Per authorization, its position in {@code aByGroup}. */
  private int[] aPosition;
  // Per group, the authorizations partly consumed (their remaining no longer equals their amount).
  private int[][] partial;
  private int[] partialSize;
  // Per (account, loose reference): the one strict reference of the account's authorizations with that
  // loose form, or AMBIGUOUS_LOOSE.
  private Map<Long, Integer> looseReferences;

  // Deductions: this run's accepted ones [0, nNew), by date, amount and id; then the ledger's open
  // deductions that await a complement [nNew, nd).
  private int nNew;
  private int nd;
  private Deduction[] dSource;
  private LedgerDeduction[] dCarried;
  private String[] dId;
  private int[] dAccount;
  private int[] dType;
  private int[] dDate;
  private long[] dAmount;
  private int[] dRef;
  private byte[] dState;
  private byte[] dPass;
  private long[] dDisputed;
  private long[] dWrittenOff;
  private int[] dDuplicateOf;
  private String[] dDuplicateOfLedger;
  private int[][] dCandidates;
  // Per deduction still pending after the one-to-many pass only because three parts were not searched
  // among its many candidates: those candidates, reported if no later pass decides it.
  private int[][] dUnsearched;
  private int[] dFirstMatch;
  private int[] dLastMatch;
  // Per group, the deductions a later line may complete (pending or unmatched, no reference).
  private int[][] waiting;
  private int[] waitingSize;

  // Matches (deduction → authorization, amount), linked per deduction.
  private int matchCount;
  private int[] mAuthorization;
  private long[] mAmount;
  private int[] mNext;

  // Reused buffers of the combination passes.
  private int[] pool = new int[64];
  private long[] sumsBuffer = new long[64];
  private int[] solution = new int[6];
  private final int[] found;

  MatchingRun(MatchingPolicy policy, DeductionLedger ledger, boolean concernedOnly) {
    this.policy = policy;
    this.ledger = ledger;
    this.concernedOnly = concernedOnly;
    this.hasLedger = ledger.deductionCount() > 0 || ledger.useCount() > 0;
    this.currency = policy.currency();
    this.minorDigits = Monies.minorDigits(currency);
    this.dateWindowDays = policy.dateWindowDays();
    this.absoluteTolerance = Monies.toMinorUnits(policy.absoluteTolerance(), RoundingMode.FLOOR);
    this.combinationTolerance = Monies.toMinorUnits(policy.combinationTolerance(), RoundingMode.FLOOR);
    this.coincidenceLimit = 1.0 / policy.coincidenceOdds();
    this.relativeTolerance = policy.relativeTolerance().signum() == 0 ? null : policy.relativeTolerance();
    this.found = new int[policy.maxCandidatesReported()];
    for (ReasonType type : TYPES) {
      writeOffThreshold[type.ordinal()] =
          Monies.toMinorUnits(policy.writeOffThreshold(Optional.of(type)), RoundingMode.FLOOR);
    }
    writeOffThreshold[TYPE_COUNT] =
        Monies.toMinorUnits(policy.defaultWriteOffThreshold(), RoundingMode.FLOOR);
  }

  MatchingResult run(Collection<Deduction> deductions, Collection<Authorization> authorizations) {
    // About one reference per line of the larger side, plus the other side's variants (the table grows).
    int authorizationsLoaded = concernedOnly
        ? Math.min(authorizations.size(), 4 * deductions.size() + 64) : authorizations.size();
    references = new ReferenceTable(Math.max(deductions.size(), authorizationsLoaded)
        + Math.min(deductions.size(), authorizationsLoaded) / 4);
    accountIndex = new IndexTable(64);
    loadDeductions(deductions);
    loadAuthorizations(authorizations);
    int capacity = Math.max(16, nd + nd / 8);
    mAuthorization = new int[capacity];
    mAmount = new long[capacity];
    mNext = new int[capacity];
    indexReferences();
    groupAuthorizations();
    loadWaiting();
    IndexTable claims = new IndexTable(nNew);
    for (int start = 0; start < nNew; ) {
      int end = start;
      while (end < nNew && dDate[end] == dDate[start]) {
        end++;
      }
      matchDate(start, end, claims);
      start = end;
    }
    rejected.sort(java.util.Comparator.comparing(RejectedLine::source).thenComparing(RejectedLine::id)
        .thenComparing(RejectedLine::reason));
    MatchingSummary summary = summarise();
    releaseWorkingState();
    return new MatchingResult(this, summary, rejected);
  }

  /** Every pass, for the deductions of one date. */
  private void matchDate(int from, int to, IndexTable claims) {
    for (int d = from; d < to; d++) {
      markDuplicate(d, claims);
    }
    for (int d = from; d < to; d++) {
      if (dState[d] == PENDING && dRef[d] != ReferenceTable.NONE) {
        matchByReference(d);
      }
    }
    for (int d = from; d < to; d++) {
      if (dState[d] == PENDING && dType[d] >= 0) {
        matchByAmount(d, true);
      }
    }
    boolean combine = policy.maxCombinationSize() >= 2;
    if (combine) {
      for (int d = from; d < to; d++) {
        if (isCombinable(d)) {
          addWaiting(d);
        }
      }
      for (int d = from; d < to; d++) {
        if (isCombinable(d) && dState[d] == PENDING) {
          matchOneDeductionToMany(d);
        }
      }
      for (int d = from; d < to; d++) {
        if (isCombinable(d) && dState[d] == PENDING) {
          matchManyDeductionsToOne(d);
        }
      }
    }
    for (int d = from; d < to; d++) {
      if (dState[d] == PENDING && dType[d] >= 0) {
        matchByAmount(d, false);
      }
    }
    for (int d = from; d < to; d++) {
      if (dState[d] == PENDING && dUnsearched[d] != null) {
        unresolved(d, dUnsearched[d]);
      } else if (dState[d] == PENDING) {
        settleUnmatched(d);
      }
    }
  }

  /** Drops what only the passes needed, so a result kept alive holds its outcome and no more. */
  private void releaseWorkingState() {
    accountIndex = null;
    aAccount = null;
    aType = null;
    aRef = null;
    aNextSameRef = null;
    firstWithRef = null;
    aGroupStart = null;
    aByGroup = null;
    aGroupAmount = null;
    aGroupDate = null;
    aGroupDay = null;
    aGroupTouched = null;
    aPosition = null;
    partial = null;
    partialSize = null;
    looseReferences = null;
    waiting = null;
    waitingSize = null;
    dLastMatch = null;
    dUnsearched = null;
    pool = null;
  }

  // ---------------------------------------------------------------- loading

  private void loadDeductions(Collection<Deduction> input) {
    Deduction[] lines = input.toArray(new Deduction[0]);
    Lines in = new Lines(lines.length);
    for (int i = 0; i < lines.length; i++) {
      loadDeduction(in, i, lines[i]);
    }
    int[] order = in.sortedOrder((x, y) -> compareDeductions(lines[x], lines[y]), RejectedLine.Source.DEDUCTION);
    nNew = order.length;
    List<LedgerDeduction> carried = new ArrayList<>();
    if (hasLedger) {
      // Only the waiting deductions of the accounts of this remittance's lines: no other can be completed.
      ledger.forEachOpen(d -> {
        if (d.awaitsComplement() && knownAccount(d.accountId())) {
          carried.add(d);
        }
      });
      carried.sort(java.util.Comparator.comparing(LedgerDeduction::date).thenComparing(LedgerDeduction::id));
    }
    nd = nNew + carried.size();
    dSource = new Deduction[nNew];
    for (int k = 0; k < nNew; k++) {
      dSource[k] = lines[in.line[order[k]]];
    }
    dCarried = carried.toArray(new LedgerDeduction[0]);
    dId = Arrays.copyOf(in.ids(order), nd);
    dAccount = Arrays.copyOf(in.accounts(order), nd);
    dType = Arrays.copyOf(in.types(order), nd);
    dDate = Arrays.copyOf(in.dates(order), nd);
    dAmount = Arrays.copyOf(in.amounts(order), nd);
    dRef = Arrays.copyOf(in.references(order), nd);
    dState = new byte[nd];
    dPass = new byte[nd];
    dDisputed = new long[nd];
    dWrittenOff = new long[nd];
    dDuplicateOf = new int[nd];
    dDuplicateOfLedger = new String[nd];
    dCandidates = new int[nd][];
    dUnsearched = new int[nd][];
    dFirstMatch = new int[nd];
    dLastMatch = new int[nd];
    Arrays.fill(dState, PENDING);
    Arrays.fill(dPass, (byte) MatchPass.NONE.ordinal());
    Arrays.fill(dDuplicateOf, -1);
    Arrays.fill(dFirstMatch, -1);
    Arrays.fill(dLastMatch, -1);
    for (int k = 0; k < dCarried.length; k++) {
      LedgerDeduction c = dCarried[k];
      int d = nNew + k;
      dId[d] = c.id();
      dAccount[d] = account(c.accountId());
      dType[d] = c.type().orElseThrow().ordinal();
      dDate[d] = (int) c.date().toEpochDay();
      dAmount[d] = Monies.toMinorUnits(c.amount());
      dRef[d] = ReferenceTable.NONE;
      dState[d] = (byte) c.state().ordinal();
      dDisputed[d] = Monies.toMinorUnits(c.disputed());
      dWrittenOff[d] = Monies.toMinorUnits(c.writtenOff());
    }
  }

  /** Checks and reads one deduction. One line per call, so that a short run is compiled early. */
  private void loadDeduction(Lines in, int i, Deduction d) {
    if (d == null) {
      Args.notNull(d, "deductions[" + i + "]");
    }
    String problem = deductionProblem(d);
    long amount = 0;
    if (problem == null) {
      try {
        amount = minorUnits(d.amount());
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
    }
    if (problem == null && hasLedger && ledger.deductionOrNull(d.id()) != null) {
      problem = Args.message("id", "not repeat a deduction of an earlier run", "'" + d.id() + "'");
    }
    if (problem != null) {
      rejected.add(RejectedLine.of(RejectedLine.Source.DEDUCTION, bounded(d.id()), problem));
    } else {
      in.add(i, d.id(), account(d.accountId()), reasonType(d.reasonCode()), d.date().toEpochDay(), amount,
          normalisedReference(d.reference()));
    }
  }

  private String deductionProblem(Deduction d) {
    String common = lineProblem(d.id(), d.accountId(), d.reference(), d.date());
    if (common != null) {
      return common;
    }
    if (d.reasonCode().length() > DeductionMatcher.MAX_ID_LENGTH) {
      return Args.message("reasonCode", "have at most " + DeductionMatcher.MAX_ID_LENGTH + " characters",
          d.reasonCode().length() + " characters");
    }
    if (!d.amount().getCurrency().equals(currency)) {
      return "Argument 'amount' must be in currency " + currency.getCurrencyCode() + " but is in "
          + d.amount().getCurrency().getCurrencyCode() + " (value " + d.amount() + ")";
    }
    if (!d.amount().isPositive()) {
      return Args.message("amount", "be positive", d.amount());
    }
    return null;
  }

  /** The bounds every line is held to before any work: lengths and dates. */
  private static String lineProblem(String id, String accountId, Optional<String> reference, LocalDate date) {
    if (id.length() > DeductionMatcher.MAX_ID_LENGTH) {
      return Args.message("id", "have at most " + DeductionMatcher.MAX_ID_LENGTH + " characters",
          id.length() + " characters");
    }
    if (accountId.isBlank()) {
      return Args.message("accountId", "not be blank", "'" + accountId + "'");
    }
    if (accountId.length() > DeductionMatcher.MAX_ID_LENGTH) {
      return Args.message("accountId", "have at most " + DeductionMatcher.MAX_ID_LENGTH + " characters",
          accountId.length() + " characters");
    }
    if (reference.isPresent() && reference.get().length() > DeductionMatcher.MAX_REFERENCE_LENGTH) {
      return Args.message("reference", "have at most " + DeductionMatcher.MAX_REFERENCE_LENGTH + " characters",
          reference.get().length() + " characters");
    }
    long day = date.toEpochDay();
    if (day < MIN_DAY || day > MAX_DAY) {
      return Args.message("date", "be between " + DeductionMatcher.MIN_DATE + " and " + DeductionMatcher.MAX_DATE,
          date);
    }
    return null;
  }

  private static String bounded(String id) {
    return id.length() <= DeductionMatcher.MAX_ID_LENGTH ? id
        : id.substring(0, DeductionMatcher.MAX_ID_LENGTH) + "…";
  }

  /** Orders lines equal in date, amount and id by their other attributes, so any input order gives one result. */
  private static int compareDeductions(Deduction a, Deduction b) {
    int c = a.accountId().compareTo(b.accountId());
    if (c == 0) {
      c = a.reasonCode().compareTo(b.reasonCode());
    }
    if (c == 0) {
      c = a.reference().orElse("").compareTo(b.reference().orElse(""));
    }
    return c;
  }

  private void loadAuthorizations(Collection<Authorization> input) {
    Authorization[] lines = input.toArray(new Authorization[0]);
    // With a ledger, only the lines of the accounts this run concerns are read: a week's run costs one
    // look at each listed authorization's account, and its working arrays are the week's size.
    int[] positions = null;
    int count = lines.length;
    if (concernedOnly) {
      positions = new int[Math.max(4, Math.min(lines.length, 1024))];
      count = 0;
      for (int i = 0; i < lines.length; i++) {
        if (lines[i] == null) {
          Args.notNull(lines[i], "authorizations[" + i + "]");
        }
        if (knownAccount(lines[i].accountId())) {
          positions = append(positions, count++, i);
        }
      }
    }
    Lines in = new Lines(count);
    for (int k = 0; k < count; k++) {
      int i = positions == null ? k : positions[k];
      loadAuthorization(in, i, lines[i]);
    }
    int[] order = in.sortedOrder((x, y) -> compareAuthorizations(lines[x], lines[y]),
        RejectedLine.Source.AUTHORIZATION);
    na = order.length;
    aSource = new Authorization[na];
    for (int k = 0; k < na; k++) {
      aSource[k] = lines[in.line[order[k]]];
    }
    aId = in.ids(order);
    aAccount = in.accounts(order);
    aType = in.types(order);
    aDate = in.dates(order);
    aAmount = in.amounts(order);
    aRemaining = aAmount.clone();
    aRef = in.references(order);
    aNextSameRef = new int[na];
    if (hasLedger) {
      for (int a = 0; a < na; a++) {
        AuthorizationUse use = ledger.useOrNull(aId[a]);
        if (use != null && !use.consumptions().isEmpty()) {
          aRemaining[a] = aAmount[a] - Monies.toMinorUnits(use.consumed());
        }
      }
    }
  }

  private void loadAuthorization(Lines in, int i, Authorization a) {
    if (a == null) {
      Args.notNull(a, "authorizations[" + i + "]");
    }
    long amount;
    try {
      String problem = lineProblem(a.id(), a.accountId(), a.reference(), a.date());
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      Args.sameCurrency(a.amount(), currency, "amount");
      amount = minorUnits(a.amount());
      AuthorizationUse use = hasLedger ? ledger.useOrNull(a.id()) : null;
      if (use != null && Monies.toMinorUnits(use.consumed()) > amount) {
        throw new IllegalArgumentException(Args.message("amount", "be at least the " + use.consumed()
            + " already consumed", a.amount()));
      }
    } catch (IllegalArgumentException e) {
      rejected.add(RejectedLine.of(RejectedLine.Source.AUTHORIZATION, bounded(a.id()), e.getMessage()));
      return;
    }
    in.add(i, a.id(), account(a.accountId()), a.type().ordinal(), a.date().toEpochDay(), amount,
        normalisedReference(a.reference()));
  }

  private static int compareAuthorizations(Authorization a, Authorization b) {
    int c = a.accountId().compareTo(b.accountId());
    if (c == 0) {
      c = a.type().compareTo(b.type());
    }
    if (c == 0) {
      c = a.reference().orElse("").compareTo(b.reference().orElse(""));
    }
    return c;
  }

  /** The ledger's deductions awaiting a complement, in their groups' waiting lists. */
  private void loadWaiting() {
    int groups = accounts.size() * TYPE_COUNT;
    waiting = new int[groups][];
    waitingSize = new int[groups];
    if (policy.maxCombinationSize() >= 2) {
      for (int d = nNew; d < nd; d++) {
        addWaiting(d);
      }
    }
  }

  /**
   * The accepted lines of one side, read in input order, and their sorting by date, amount and id
   * (then the caller's tie-break), with repeated ids rejected (the first in that order is kept).
   */
  private final class Lines {
    private final int[] line;
    private final String[] id;
    private final int[] account;
    private final int[] type;
    private final long[] date;
    private final long[] amount;
    private final int[] reference;
    private int count;

    Lines(int capacity) {
      line = new int[capacity];
      id = new String[capacity];
      account = new int[capacity];
      type = new int[capacity];
      date = new long[capacity];
      amount = new long[capacity];
      reference = new int[capacity];
    }

    void add(int lineIndex, String lineId, int lineAccount, int lineType, long epochDay, long minorUnits,
        int normalisedReference) {
      line[count] = lineIndex;
      id[count] = lineId;
      account[count] = lineAccount;
      type[count] = lineType;
      date[count] = epochDay;
      amount[count] = minorUnits;
      reference[count] = normalisedReference;
      count++;
    }

    /** Positions of the kept lines, sorted; {@code tieBreak} compares input line indices. */
    int[] sortedOrder(IndexSort.IndexComparator tieBreak, RejectedLine.Source source) {
      boolean[] repeated = new boolean[count];
      boolean anyRepeated = false;
      IndexTable ids = new IndexTable(count);
      IndexTable.SameKey sameId = (other, probe) -> id[other].equals(id[probe]);
      for (int p = 0; p < count; p++) {
        int first = ids.putIfAbsent(p, id[p].hashCode(), sameId);
        if (first >= 0) {
          repeated[first] = true;
          repeated[p] = true;
          anyRepeated = true;
        }
      }
      long minDate = Long.MAX_VALUE;
      long maxDate = Long.MIN_VALUE;
      long maxAmount = 0;
      for (int p = 0; p < count; p++) {
        minDate = Math.min(minDate, date[p]);
        maxDate = Math.max(maxDate, date[p]);
        maxAmount = Math.max(maxAmount, amount[p]);
      }
      IndexSort.IndexComparator byAmountThenId = (x, y) -> {
        int c = Long.compare(amount[x], amount[y]);
        if (c == 0) {
          c = id[x].compareTo(id[y]);
        }
        return c != 0 ? c : tieBreak.compare(line[x], line[y]);
      };
      int[] order = IndexSort.sortByDateAndAmount(date, amount, count, minDate, maxDate, maxAmount, byAmountThenId);
      if (!anyRepeated) {
        return order;
      }
      java.util.Set<String> kept = new java.util.HashSet<>();
      int size = 0;
      for (int p : order) {
        if (repeated[p] && !kept.add(id[p])) {
          rejected.add(RejectedLine.of(source, id[p],
              Args.message("id", "be unique within the run", "'" + id[p] + "' (repeated)")));
        } else {
          order[size++] = p;
        }
      }
      return Arrays.copyOf(order, size);
    }

    String[] ids(int[] order) {
      String[] out = new String[order.length];
      for (int k = 0; k < order.length; k++) {
        out[k] = id[order[k]];
      }
      return out;
    }

    int[] references(int[] order) {
      return permute(reference, order);
    }

    int[] accounts(int[] order) {
      return permute(account, order);
    }

    int[] types(int[] order) {
      return permute(type, order);
    }

    int[] dates(int[] order) {
      int[] out = new int[order.length];
      for (int k = 0; k < order.length; k++) {
        // Dates are within MIN_DATE and MAX_DATE (checked on loading), so the epoch day fits an int.
        out[k] = (int) date[order[k]];
      }
      return out;
    }

    long[] amounts(int[] order) {
      long[] out = new long[order.length];
      for (int k = 0; k < order.length; k++) {
        out[k] = amount[order[k]];
      }
      return out;
    }

    private int[] permute(int[] values, int[] order) {
      int[] out = new int[order.length];
      for (int k = 0; k < order.length; k++) {
        out[k] = values[order[k]];
      }
      return out;
    }
  }

  /**
   * The amount in whole minor units, at most {@link DeductionMatcher#MAX_MINOR_UNITS}; compared before
   * it is converted, so no exponent costs more than an ordinary amount.
   */
  private long minorUnits(MonetaryAmount amount) {
    BigDecimal value = amount.getNumber().numberValue(BigDecimal.class);
    BigDecimal minor = value.precision() - value.scale() > 20 ? null : value.movePointRight(minorDigits);
    if (minor == null || minor.abs().compareTo(MAX_MINOR) > 0) {
      throw new IllegalArgumentException(Args.message("amount", "be at most "
          + DeductionMatcher.MAX_MINOR_UNITS + " minor units", amount));
    }
    if (minor.scale() > 0 && minor.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(Args.message("amount", "be a whole number of minor units", amount));
    }
    return minor.longValueExact();
  }

  /** Whether a deduction of this run (new or carried) is of the account. */
  private boolean knownAccount(String accountId) {
    probedAccount = accountId;
    return accountIndex.find(-1, accountId.hashCode(), sameAccount) >= 0;
  }

  private int account(String accountId) {
    probedAccount = accountId;
    int known = accountIndex.putIfAbsent(accounts.size(), accountId.hashCode(), sameAccount);
    if (known >= 0) {
      return known;
    }
    accounts.add(accountId);
    return accounts.size() - 1;
  }

  private int reasonType(String code) {
    Integer known = reasonTypes.get(code);
    if (known == null) {
      known = policy.reasonType(code).map(Enum::ordinal).orElse(-1);
      reasonTypes.put(code, known);
    }
    return known;
  }

  /** The id of the normalised reference, or {@link ReferenceTable#NONE}: equal ids, equal references. */
  private int normalisedReference(Optional<String> reference) {
    return reference.isEmpty() ? ReferenceTable.NONE : references.intern(reference.get());
  }

  private long tolerance(long amount) {
    if (relativeTolerance == null) {
      return absoluteTolerance;
    }
    long relative = BigDecimal.valueOf(amount).multiply(relativeTolerance)
        .setScale(0, RoundingMode.FLOOR).longValueExact();
    return Math.max(absoluteTolerance, relative);
  }

  private boolean withinWindow(int deduction, int authorization) {
    return Math.abs((long) dDate[deduction] - aDate[authorization]) <= dateWindowDays;
  }

  // ---------------------------------------------------------------- indexes

  private static final int AMBIGUOUS_LOOSE = -2;

  /** Chains the authorizations by strict reference, and maps each account's loose forms. */
  private void indexReferences() {
    int[] first = new int[references.size()];
    int[] last = new int[references.size()];
    Arrays.fill(first, -1);
    looseReferences = new HashMap<>();
    for (int a = 0; a < na; a++) {
      aNextSameRef[a] = -1;
      int ref = aRef[a];
      if (ref == ReferenceTable.NONE) {
        continue;
      }
      if (first[ref] < 0) {
        first[ref] = a;
      } else {
        aNextSameRef[last[ref]] = a;
      }
      last[ref] = a;
      looseReferences.merge(looseKey(aAccount[a], references.internLoose(aSource[a].reference().get())), ref,
          (x, y) -> x.intValue() == y.intValue() ? x : AMBIGUOUS_LOOSE);
    }
    firstWithRef = first;
  }

  private static long looseKey(int account, int looseRef) {
    return ((long) account << 32) | (looseRef & 0xFFFFFFFFL);
  }

  /** Counting-sorts the authorizations by (account, type), then each group by amount. */
  private void groupAuthorizations() {
    int groups = accounts.size() * TYPE_COUNT;
    int[] start = new int[groups + 1];
    for (int a = 0; a < na; a++) {
      start[group(aAccount[a], aType[a]) + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      start[g + 1] += start[g];
    }
    int[] byGroup = new int[na];
    int[] next = Arrays.copyOf(start, start.length);
    for (int a = 0; a < na; a++) {
      byGroup[next[group(aAccount[a], aType[a])]++] = a;
    }
    for (int g = 0; g < groups; g++) {
      IndexSort.sortByAmount(byGroup, start[g], start[g + 1], aAmount);
    }
    long[] amounts = new long[na];
    for (int p = 0; p < na; p++) {
      amounts[p] = aAmount[byGroup[p]];
    }
    int[] days = new int[na];
    long[] dates = new long[na];
    int[] position = new int[na];
    for (int p = 0; p < na; p++) {
      days[p] = aDate[byGroup[p]];
      dates[p] = days[p];
      position[byGroup[p]] = p;
    }
    // By position: the dates in the group's order, and whether each is touched, read in sequence.
    aGroupDay = days;
    aGroupTouched = new boolean[na];
    aPosition = position;
    for (int g = 0; g < groups; g++) {
      Arrays.sort(dates, start[g], start[g + 1]);
    }
    aGroupStart = start;
    aByGroup = byGroup;
    aGroupAmount = amounts;
    aGroupDate = dates;
    partial = new int[groups][];
    partialSize = new int[groups];
    for (int a = 0; a < na; a++) {
      if (aRemaining[a] != aAmount[a]) {
        addPartial(a);
        aGroupTouched[position[a]] = true;
      }
    }
  }

  private void addPartial(int a) {
    int g = group(aAccount[a], aType[a]);
    partial[g] = append(partial[g], partialSize[g]++, a);
  }

  private void addWaiting(int d) {
    int g = group(dAccount[d], dType[d]);
    waiting[g] = append(waiting[g], waitingSize[g]++, d);
  }

  private static int[] append(int[] list, int size, int value) {
    int[] out = list == null ? new int[4] : size == list.length ? Arrays.copyOf(list, size * 2) : list;
    out[size] = value;
    return out;
  }

  private static int group(int account, int type) {
    return account * TYPE_COUNT + type;
  }

  // ---------------------------------------------------------------- passes

  private final IndexTable.SameKey sameClaim = (other, probe) -> dAccount[other] == dAccount[probe]
      && dType[other] == dType[probe] && dAmount[other] == dAmount[probe] && dRef[other] == dRef[probe];

  /** The same claim twice: same account, type, normalised reference and amount as an earlier deduction. */
  private void markDuplicate(int d, IndexTable claims) {
    int ref = dRef[d];
    if (ref == ReferenceTable.NONE) {
      return;
    }
    int hash = ((ref * 31 + dAccount[d]) * 31 + dType[d]) * 31 + Long.hashCode(dAmount[d]);
    int first = claims.putIfAbsent(d, hash, sameClaim);
    if (first >= 0) {
      dDuplicateOf[d] = first;
      settle(d, DeductionState.DUPLICATE, dAmount[d], 0);
    } else if (hasLedger) {
      String earlier = ledger.claimOrNull(DeductionLedger.claimKey(accounts.get(dAccount[d]), dType[d],
          references.text(ref), dAmount[d]));
      if (earlier != null) {
        dDuplicateOfLedger[d] = earlier;
        settle(d, DeductionState.DUPLICATE, dAmount[d], 0);
      }
    }
  }

  /**
   * Pass 1: the quoted reference in the same account, same-type authorizations first; if no
   * authorization of the account has it, its loose form when that names one reference of the account
   * and one of the two is written without separators inside it.
   */
  private void matchByReference(int d) {
    int ref = dRef[d];
    int head = ref < firstWithRef.length ? firstWithRef[ref] : -1;
    for (int a = head; a >= 0; a = aNextSameRef[a]) {
      if (aAccount[a] == dAccount[d]) {
        consumeByReference(d, head, MatchPass.REFERENCE);
        return;
      }
    }
    Integer strict = looseReferences.get(looseKey(dAccount[d], references.internLoose(dSource[d].reference().get())));
    if (strict != null && strict != AMBIGUOUS_LOOSE && strict != ref
        && (references.unsegmented(ref) || references.unsegmented(strict))) {
      consumeByReference(d, firstWithRef[strict], MatchPass.LOOSE_REFERENCE);
    }
  }

  /** Consumes the authorizations chained from {@code head} that share a reference, in the account. */
  private void consumeByReference(int d, int head, MatchPass pass) {
    long open = dAmount[d];
    for (int sweep = 0; sweep < 2 && open > 0; sweep++) {
      for (int a = head; a >= 0 && open > 0; a = aNextSameRef[a]) {
        boolean sameType = aType[a] == dType[d];
        if (aAccount[a] == dAccount[d] && sameType == (sweep == 0) && aRemaining[a] > 0) {
          open -= consume(d, a, open);
        }
      }
    }
    if (open < dAmount[d]) {
      settleMatched(d, pass, open);
    }
  }

  /**
   * Pass 2: one authorization of the same account and type, within the date window, whose remaining
   * balance equals the deduction ({@code exact}) or lies within the tolerance, and whose reference (if
   * both have one) is within the allowed edits. Exactly one candidate matches; several make the
   * deduction unresolved.
   */
  private void matchByAmount(int d, boolean exact) {
    int g = group(dAccount[d], dType[d]);
    long tolerance = exact ? 0 : tolerance(dAmount[d]);
    long low = dAmount[d] - tolerance;
    long high = dAmount[d] + tolerance;
    int end = aGroupStart[g + 1];
    int count = 0;
    for (int p = PoolSearch.lowerBound(aGroupAmount, aGroupStart[g], end, low);
        p < end && count < found.length && aGroupAmount[p] <= high; p++) {
      if (!aGroupTouched[p] && Math.abs((long) dDate[d] - aGroupDay[p]) <= dateWindowDays) {
        int a = aByGroup[p];
        if (referencesAgree(d, a)) {
          found[count++] = a;
        }
      }
    }
    for (int k = 0; k < partialSize[g] && count < found.length; k++) {
      int a = partial[g][k];
      long r = aRemaining[a];
      if (r > 0 && r >= low && r <= high && withinWindow(d, a) && referencesAgree(d, a)) {
        found[count++] = a;
      }
    }
    if (count == 1) {
      long open = dAmount[d] - consume(d, found[0], dAmount[d]);
      settleMatched(d, MatchPass.AMOUNT, open);
    } else if (count > 1) {
      int[] candidates = Arrays.copyOf(found, count);
      Arrays.sort(candidates);
      unresolved(d, candidates);
    }
  }

  private boolean referencesAgree(int d, int a) {
    return dRef[d] == ReferenceTable.NONE || aRef[a] == ReferenceTable.NONE
        || references.within(dRef[d], aRef[a], policy.maxReferenceEdits());
  }

  /**
   * Pass 3a: one deduction without a reference against two (then three) open authorizations of its
   * account and type within the window, adding up to it within the combination tolerance. Every open
   * authorization of the group is looked at; pairs are found by binary search over the pool sorted by
   * remaining balance, so a group of thousands costs thousands of steps, not millions. Three parts
   * are searched among at most {@link MatchingPolicy#maxCombinationCandidates()} authorizations. Two
   * ways to add up leave the deduction unresolved at once; with no pair among more candidates than
   * that, where three could add up, it stays pending for pass 3b and the near-amount pass, and is left
   * unresolved (with those candidates) only if neither decides it.
   */
  private void matchOneDeductionToMany(int d) {
    int g = group(dAccount[d], dType[d]);
    long high = dAmount[d] + combinationTolerance;
    long low = dAmount[d] - combinationTolerance;
    int n = 0;
    long day = dDate[d];
    for (int p = aGroupStart[g]; p < aGroupStart[g + 1] && aGroupAmount[p] <= high; p++) {
      if (!aGroupTouched[p] && Math.abs(day - aGroupDay[p]) <= dateWindowDays) {
        n = addToPool(n, aByGroup[p]);
      }
    }
    int untouched = n;
    // A rest within the tolerance (left by a match that was off by that much) is no part of a combination.
    long dust = tolerance(dAmount[d]);
    for (int k = 0; k < partialSize[g]; k++) {
      int a = partial[g][k];
      if (aRemaining[a] > dust && aRemaining[a] <= high && withinWindow(d, a)) {
        n = addToPool(n, a);
      }
    }
    if (n < 2) {
      return;
    }
    if (n > untouched) {
      // The untouched ones came in the group's order (amount, then index); the partly used join them.
      IndexSort.sortByAmount(pool, 0, n, aRemaining);
    }
    if (sumsBuffer.length < n) {
      sumsBuffer = new long[Math.max(n, 2 * sumsBuffer.length)];
    }
    long[] sums = sumsBuffer;
    for (int i = 0; i < n; i++) {
      sums[i] = aRemaining[pool[i]];
    }
    int outcome = PoolSearch.search(sums, n, low, high,
        policy.maxCombinationSize() >= 3 && n <= policy.maxCombinationCandidates(), solution);
    boolean triple = outcome == PoolSearch.UNIQUE && PoolSearch.size(solution) == 3;
    if (outcome == PoolSearch.UNIQUE && byChance(pairs(n) / (double) Math.max(1, dAmount[d])
        + (triple ? triples(n) / (2.0 * Math.max(1, dAmount[d])) : 0), triple)) {
      unresolved(d, solutionFirst(n));
    } else if (outcome == PoolSearch.UNIQUE) {
      int[] members = new int[PoolSearch.size(solution)];
      for (int i = 0; i < members.length; i++) {
        members[i] = pool[solution[i]];
      }
      Arrays.sort(members);
      long open = dAmount[d];
      for (int a : members) {
        if (open > 0) {
          open -= consume(d, a, open);
        }
      }
      settleMatched(d, MatchPass.COMBINATION, open);
    } else if (outcome == PoolSearch.AMBIGUOUS) {
      unresolved(d, poolCandidates(n));
    } else if (policy.maxCombinationSize() >= 3 && n > policy.maxCombinationCandidates()
        && sums[0] + sums[1] + sums[2] <= high && sums[n - 1] + sums[n - 2] + sums[n - 3] >= low) {
      // Too many candidates to search three parts among while three could add up: no pair does, so the
      // later passes may still decide it exactly (completing waiting deductions) or by a near amount.
      dUnsearched[d] = poolCandidates(n);
    }
  }

  /**
   * Whether a search that expects this many chance solutions to the minor unit could well have found
   * its one solution by coincidence (see {@link MatchingPolicy#coincidenceOdds()}): three
   * authorizations for one deduction are held to odds {@link #TRIPLE_ODDS} times longer than two.
   */
  private boolean byChance(double expected, boolean triple) {
    return expected > (triple ? coincidenceLimit / TRIPLE_ODDS : coincidenceLimit);
  }

  /** How many authorizations of the group at {@code [start, end)} are dated within {@code [from, to]}. */
  private int datedWithin(int start, int end, long from, long to) {
    return PoolSearch.lowerBound(aGroupDate, start, end, to + 1) - PoolSearch.lowerBound(aGroupDate, start, end, from);
  }

  private static double pairs(int n) {
    return n * (n - 1) / 2.0;
  }

  private static double triples(int n) {
    return n * (n - 1) * (double) (n - 2) / 6.0;
  }

  /**
   * The members of the search's one solution (by index), then the rest of the first {@code n} of the
   * pool in index order, at most as many as a result reports: the combination a person would check
   * first leads the candidates of a claim left unresolved as a likely coincidence.
   */
  private int[] solutionFirst(int n) {
    int size = PoolSearch.size(solution);
    int[] members = new int[size];
    for (int i = 0; i < size; i++) {
      members[i] = pool[solution[i]];
    }
    Arrays.sort(members);
    int[] rest = Arrays.copyOf(pool, n);
    Arrays.sort(rest);
    int limit = Math.min(n, policy.maxCandidatesReported());
    int[] out = Arrays.copyOf(members, limit);
    int k = size;
    for (int i = 0; i < n && k < limit; i++) {
      if (Arrays.binarySearch(members, rest[i]) < 0) {
        out[k++] = rest[i];
      }
    }
    return out;
  }

  /** The first {@code n} of the pool, in index order, at most as many as a result reports. */
  private int[] poolCandidates(int n) {
    int[] candidates = Arrays.copyOf(pool, n);
    Arrays.sort(candidates);
    return Arrays.copyOf(candidates, Math.min(n, policy.maxCandidatesReported()));
  }

  private int addToPool(int n, int value) {
    if (n == pool.length) {
      pool = Arrays.copyOf(pool, n * 2);
    }
    pool[n] = value;
    return n + 1;
  }

  /**
   * Pass 3b: the deduction and one (then two) others of its account and type that await a complement
   * (this date's, earlier dates', earlier runs'), together equal to one untouched authorization within
   * the window of each, within the combination tolerance. Each partner costs one binary search of the
   * group's amounts.
   */
  private void matchManyDeductionsToOne(int d) {
    int g = group(dAccount[d], dType[d]);
    int n = 0;
    int kept = 0;
    for (int k = 0; k < waitingSize[g]; k++) {
      int e = waiting[g][k];
      if (!awaitsComplement(e)) {
        continue;
      }
      waiting[g][kept++] = e;
      if (e != d && Math.abs((long) dDate[e] - dDate[d]) <= 2 * dateWindowDays) {
        n = addToPool(n, e);
      }
    }
    waitingSize[g] = kept;
    if (n == 0) {
      return;
    }
    int start = aGroupStart[g];
    int end = aGroupStart[g + 1];
    int solutions = 0;
    int authorization = -1;
    int partnerA = -1;
    int partnerB = -1;
    for (int i = 0; i < n && solutions < 2; i++) {
      int e = pool[i];
      int a = completing(d, e, -1, dAmount[d] + dAmount[e], start, end);
      if (a == -2) {
        solutions = 2;
      } else if (a >= 0) {
        solutions++;
        authorization = a;
        partnerA = e;
      }
    }
    boolean triples = solutions == 0 && policy.maxCombinationSize() >= 3 && n <= policy.maxCombinationCandidates();
    for (int i = 0; triples && i < n && solutions < 2; i++) {
      for (int j = i + 1; j < n && solutions < 2; j++) {
        int e = pool[i];
        int f = pool[j];
        int a = completing(d, e, f, dAmount[d] + dAmount[e] + dAmount[f], start, end);
        if (a == -2) {
          solutions = 2;
        } else if (a >= 0) {
          solutions++;
          authorization = a;
          partnerA = e;
          partnerB = f;
        }
      }
    }
    if (solutions == 1) {
      // Chance hits of a partner sum on any authorization of the group within the deduction's window,
      // their amounts spread up to the group's largest.
      double span = Math.max(1, aGroupAmount[end - 1]);
      double inWindow = datedWithin(start, end, dDate[d] - dateWindowDays, dDate[d] + dateWindowDays);
      double expected = n * inWindow / span + (partnerB >= 0 ? pairs(n) * inWindow / span : 0);
      if (byChance(expected, false)) {
        unresolved(d, new int[] {authorization});
        return;
      }
    }
    if (solutions == 1 && partnerB < 0) {
      int[] others = otherPairs(d, n, authorization);
      if (others.length > 0) {
        for (int m : others) {
          unresolved(m, new int[] {authorization});
        }
        return;
      }
    }
    if (solutions == 1) {
      int[] members = partnerB < 0 ? new int[] {d, partnerA} : new int[] {d, partnerA, partnerB};
      Arrays.sort(members);
      long open = aRemaining[authorization];
      for (int m : members) {
        long taken = Math.min(open, dAmount[m]);
        if (taken == 0) {
          // Only with a combination tolerance larger than a member: nothing left to match it with.
          settle(m, DeductionState.WRITTEN_OFF, 0, dAmount[m]);
        } else {
          open -= consume(m, authorization, taken);
          settleMatched(m, MatchPass.COMBINATION, dAmount[m] - taken);
        }
      }
    } else if (solutions > 1) {
      unresolved(d, new int[0]);
    }
  }

  /**
   * Every waiting deduction that forms a pair equal to the authorization other than the one just
   * found, with the members of the found pair; empty if that pair is the only one. {@code pool[0, n)}
   * holds the partners of {@code d}.
   */
  private int[] otherPairs(int d, int n, int a) {
    int[] members = Arrays.copyOf(pool, n + 1);
    members[n] = d;
    IndexSort.sortByAmount(members, 0, n + 1, dAmount);
    long low = aRemaining[a] - combinationTolerance;
    long high = aRemaining[a] + combinationTolerance;
    java.util.TreeSet<Integer> involved = new java.util.TreeSet<>();
    int pairs = 0;
    for (int i = 0; i <= n; i++) {
      int x = members[i];
      for (int j = i + 1; j <= n && dAmount[x] + dAmount[members[j]] <= high; j++) {
        int y = members[j];
        if (dAmount[x] + dAmount[y] >= low && withinWindow(x, a) && withinWindow(y, a)) {
          pairs++;
          involved.add(x);
          involved.add(y);
        }
      }
    }
    return pairs < 2 ? new int[0] : involved.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The one untouched authorization of the group, within the window of every member, whose amount is
   * within the combination tolerance of {@code sum}; -1 for none, -2 for several.
   */
  private int completing(int d, int e, int f, long sum, int start, int end) {
    int match = -1;
    for (int p = PoolSearch.lowerBound(aGroupAmount, start, end, sum - combinationTolerance);
        p < end && aGroupAmount[p] <= sum + combinationTolerance; p++) {
      int a = aByGroup[p];
      if (!aGroupTouched[p] && withinWindow(d, a) && withinWindow(e, a) && (f < 0 || withinWindow(f, a))) {
        if (match >= 0) {
          return -2;
        }
        match = a;
      }
    }
    return match;
  }

  private boolean isCombinable(int d) {
    return dType[d] >= 0 && dRef[d] == ReferenceTable.NONE;
  }

  /** Pending, or settled unmatched (unauthorized or written off) with no reference: a later line may complete it. */
  private boolean awaitsComplement(int d) {
    byte s = dState[d];
    return s == PENDING || ((s == DeductionState.UNAUTHORIZED.ordinal() || s == DeductionState.WRITTEN_OFF.ordinal()
        || s == DeductionState.UNRESOLVED.ordinal()) && dFirstMatch[d] < 0);
  }

  /** Still pending at the end of its date: written off under the threshold of its type, otherwise unauthorized. */
  private void settleUnmatched(int d) {
    long threshold = writeOffThreshold[dType[d] < 0 ? TYPE_COUNT : dType[d]];
    if (dAmount[d] <= threshold) {
      settle(d, DeductionState.WRITTEN_OFF, 0, dAmount[d]);
    } else {
      settle(d, DeductionState.UNAUTHORIZED, dAmount[d], 0);
    }
  }

  // ---------------------------------------------------------------- bookkeeping

  /** Consumes up to {@code wanted} of the authorization for the deduction; returns the amount taken. */
  private long consume(int d, int a, long wanted) {
    long taken = Math.min(wanted, aRemaining[a]);
    if (aRemaining[a] == aAmount[a] && taken < aRemaining[a]) {
      addPartial(a);
    }
    aRemaining[a] -= taken;
    if (taken > 0) {
      aGroupTouched[aPosition[a]] = true;
    }
    if (matchCount == mAuthorization.length) {
      int capacity = matchCount * 2;
      mAuthorization = Arrays.copyOf(mAuthorization, capacity);
      mAmount = Arrays.copyOf(mAmount, capacity);
      mNext = Arrays.copyOf(mNext, capacity);
    }
    mAuthorization[matchCount] = a;
    mAmount[matchCount] = taken;
    mNext[matchCount] = -1;
    if (dLastMatch[d] < 0) {
      dFirstMatch[d] = matchCount;
    } else {
      mNext[dLastMatch[d]] = matchCount;
    }
    dLastMatch[d] = matchCount++;
    return taken;
  }

  /** A matched deduction: the open rest is written off within tolerance, else disputed. */
  private void settleMatched(int d, MatchPass pass, long open) {
    dPass[d] = (byte) pass.ordinal();
    // A part left unresolved on an earlier date, now completed: its candidates are no longer open.
    dCandidates[d] = null;
    if (open == 0) {
      settle(d, DeductionState.VALID, 0, 0);
    } else if (open <= (pass == MatchPass.COMBINATION ? combinationTolerance : tolerance(dAmount[d]))) {
      settle(d, DeductionState.VALID, 0, open);
    } else {
      settle(d, DeductionState.PARTIALLY_VALID, open, 0);
    }
  }

  private void unresolved(int d, int[] candidates) {
    dCandidates[d] = Arrays.copyOf(candidates, Math.min(candidates.length, policy.maxCandidatesReported()));
    settle(d, DeductionState.UNRESOLVED, 0, 0);
  }

  private void settle(int d, DeductionState state, long disputed, long writtenOff) {
    dState[d] = (byte) state.ordinal();
    dDisputed[d] = disputed;
    dWrittenOff[d] = writtenOff;
  }

  private long matched(int d) {
    long total = 0;
    for (int m = dFirstMatch[d]; m >= 0; m = mNext[m]) {
      total += mAmount[m];
    }
    return total;
  }

  private long unresolvedAmount(int d) {
    return dState[d] == DeductionState.UNRESOLVED.ordinal() ? dAmount[d] : 0;
  }

  private MatchingSummary summarise() {
    int[] counts = new int[STATES.length];
    ExactSum[] amounts = new ExactSum[STATES.length];
    for (int s = 0; s < amounts.length; s++) {
      amounts[s] = new ExactSum();
    }
    ExactSum deducted = new ExactSum();
    ExactSum matched = new ExactSum();
    ExactSum disputed = new ExactSum();
    ExactSum writtenOff = new ExactSum();
    ExactSum unresolved = new ExactSum();
    for (int d = 0; d < nNew; d++) {
      counts[dState[d]]++;
      amounts[dState[d]].add(dAmount[d]);
      deducted.add(dAmount[d]);
      matched.add(matched(d));
      disputed.add(dDisputed[d]);
      writtenOff.add(dWrittenOff[d]);
      unresolved.add(unresolvedAmount(d));
    }
    ExactSum authorized = new ExactSum();
    ExactSum remaining = new ExactSum();
    ExactSum consumed = new ExactSum();
    for (int a = 0; a < na; a++) {
      authorized.add(aAmount[a]);
      remaining.add(aRemaining[a]);
      consumed.add(aAmount[a] - aRemaining[a]);
    }
    Map<DeductionState, Integer> countMap = new EnumMap<>(DeductionState.class);
    Map<DeductionState, MonetaryAmount> amountMap = new EnumMap<>(DeductionState.class);
    for (DeductionState state : STATES) {
      countMap.put(state, counts[state.ordinal()]);
      amountMap.put(state, amounts[state.ordinal()].money(currency, minorDigits));
    }
    int unresolvedCount = counts[DeductionState.UNRESOLVED.ordinal()];
    int matchedCount = counts[DeductionState.VALID.ordinal()] + counts[DeductionState.PARTIALLY_VALID.ordinal()];
    BigInteger deductedTotal = deducted.value();
    return MatchingSummary.builder()
        .deductionCount(nNew)
        .counts(countMap)
        .amounts(amountMap)
        .totalDeducted(deducted.money(currency, minorDigits))
        .matched(matched.money(currency, minorDigits))
        .disputed(disputed.money(currency, minorDigits))
        .writtenOff(writtenOff.money(currency, minorDigits))
        .unresolved(unresolved.money(currency, minorDigits))
        .totalAuthorized(authorized.money(currency, minorDigits))
        .consumed(consumed.money(currency, minorDigits))
        .remaining(remaining.money(currency, minorDigits))
        .rejectedCount(rejected.size())
        .autoMatchRateByCount(rate(BigInteger.valueOf(nNew - unresolvedCount), BigInteger.valueOf(nNew)))
        .autoMatchRateByAmount(rate(deductedTotal.subtract(unresolved.value()), deductedTotal))
        .matchRateByCount(rate(BigInteger.valueOf(matchedCount), BigInteger.valueOf(nNew)))
        .matchRateByAmount(rate(matched.value(), deductedTotal))
        .build();
  }

  private static Rate rate(BigInteger part, BigInteger whole) {
    return whole.signum() == 0 ? Rate.ZERO : Rate.ratio(new BigDecimal(part), new BigDecimal(whole));
  }

  private Money money(long minorUnits) {
    if (minorUnits == 0) {
      Money shared = zero;
      if (shared == null) {
        shared = Monies.ofMinorUnits(0, currency);
        zero = shared; // a benign race: every thread builds an equal, immutable value
      }
      return shared;
    }
    return Monies.ofMinorUnits(minorUnits, currency);
  }

  /** The money of {@code minorUnits}: {@code same} when it is that many minor units, else a new value. */
  private Money money(long minorUnits, long sameMinorUnits, Money same) {
    return minorUnits == sameMinorUnits ? same : money(minorUnits);
  }

  // ---------------------------------------------------------------- reading the outcome

  int deductionCount() {
    return nNew;
  }

  int authorizationCount() {
    return na;
  }

  String deductionId(int d) {
    return dId[d];
  }

  DeductionState deductionState(int d) {
    return STATES[dState[d]];
  }

  long authorizationRemaining(int a) {
    return aRemaining[a];
  }

  /** The ledger's deductions whose state this run changed (a split completed by a later line). */
  List<Integer> changedCarried() {
    List<Integer> changed = new ArrayList<>();
    for (int d = nNew; d < nd; d++) {
      if (dFirstMatch[d] >= 0 || dState[d] != dCarried[d - nNew].state().ordinal()) {
        changed.add(d);
      }
    }
    return changed;
  }

  DeductionResult deductionResult(int d) {
    DeductionResult.Builder result = DeductionResult.builder();
    Money amount = money(dAmount[d]);
    result.deductionId(dId[d])
        .state(STATES[dState[d]])
        .pass(PASSES[dPass[d]])
        .type(dType[d] < 0 ? Optional.empty() : Optional.of(TYPES[dType[d]]))
        .amount(amount)
        .matched(money(matched(d), dAmount[d], amount))
        .disputed(money(dDisputed[d]))
        .writtenOff(money(dWrittenOff[d]))
        .unresolved(money(unresolvedAmount(d)));
    for (int m = dFirstMatch[d]; m >= 0; m = mNext[m]) {
      result.addMatches(AuthorizationMatch.of(aId[mAuthorization[m]], money(mAmount[m], dAmount[d], amount)));
    }
    if (dCandidates[d] != null) {
      for (int a : dCandidates[d]) {
        result.addCandidates(aId[a]);
      }
    }
    if (dDuplicateOf[d] >= 0) {
      result.duplicateOf(dId[dDuplicateOf[d]]);
    } else if (dDuplicateOfLedger[d] != null) {
      result.duplicateOf(dDuplicateOfLedger[d]);
    }
    return result.build();
  }

  AuthorizationBalance authorizationBalance(int a) {
    return AuthorizationBalance.builder()
        .authorizationId(aId[a])
        .amount(money(aAmount[a]))
        .consumed(money(aAmount[a] - aRemaining[a]))
        .remaining(money(aRemaining[a]))
        .build();
  }

  /** The ledger after this run: the previous one plus this run's deductions, changes and consumptions. */
  DeductionLedger nextLedger() {
    Map<String, LedgerDeduction> changed = new HashMap<>(nNew * 2);
    Map<String, String> claims = new HashMap<>();
    Map<String, AuthorizationUse> uses = new HashMap<>();
    for (int d = 0; d < nNew; d++) {
      Deduction source = dSource[d];
      Money amount = money(dAmount[d]);
      LedgerDeduction record = record(d, amount, LedgerDeduction.builder().id(dId[d]).accountId(source.accountId())
          .type(dType[d] < 0 ? Optional.empty() : Optional.of(TYPES[dType[d]])).reference(source.reference())
          .amount(amount).date(source.date()), LedgerEvent.Kind.MATCHED);
      changed.put(record.id(), record);
      if (source.reference().isPresent() && dDuplicateOf[d] < 0 && dDuplicateOfLedger[d] == null) {
        String text = dRef[d] == ReferenceTable.NONE ? "" : references.text(dRef[d]);
        if (!text.isEmpty()) {
          claims.putIfAbsent(DeductionLedger.claimKey(source.accountId(), dType[d], text, dAmount[d]), dId[d]);
        }
      }
    }
    for (int d : changedCarried()) {
      LedgerDeduction c = dCarried[d - nNew];
      changed.put(c.id(), record(d, money(dAmount[d]), LedgerDeduction.builder().from(c), LedgerEvent.Kind.REMATCHED));
    }
    for (int d = 0; d < nd; d++) {
      LocalDate date = LocalDate.ofEpochDay(dDate[d]);
      for (int m = dFirstMatch[d]; m >= 0; m = mNext[m]) {
        if (mAmount[m] == 0) {
          continue;
        }
        int a = mAuthorization[m];
        AuthorizationUse use = uses.get(aId[a]);
        if (use == null) {
          use = listedUse(a, ledger.useOrNull(aId[a]));
        }
        uses.put(aId[a], AuthorizationUse.builder().from(use)
            .addConsumptions(Consumption.of(dId[d], money(mAmount[m]), date)).build());
      }
    }
    for (int a = 0; a < na; a++) {
      if (!uses.containsKey(aId[a])) {
        AuthorizationUse prior = ledger.useOrNull(aId[a]);
        if (prior == null || prior.amount().getNumberStripped().compareTo(money(aAmount[a]).getNumberStripped()) != 0) {
          uses.put(aId[a], listedUse(a, prior));
        }
      }
    }
    return ledger.next(changed, claims, uses);
  }

  /** What the ledger knew of the authorization, with the amount of this run's listing. */
  private AuthorizationUse listedUse(int a, AuthorizationUse prior) {
    AuthorizationUse.Builder use = AuthorizationUse.builder();
    if (prior != null) {
      use.from(prior);
    }
    return use.authorizationId(aId[a]).amount(money(aAmount[a])).build();
  }

  /** A ledger line: {@code amount} is the deduction's amount, shared by its parts and event that equal it. */
  private LedgerDeduction record(int d, Money amount, LedgerDeduction.Builder builder, LedgerEvent.Kind kind) {
    DeductionState state = STATES[dState[d]];
    Money zero = money(0);
    long whole = dAmount[d];
    return builder.state(state)
        .matched(money(matched(d), whole, amount))
        .writtenOff(money(dWrittenOff[d], whole, amount))
        .disputed(money(dDisputed[d], whole, amount))
        .unresolved(money(unresolvedAmount(d), whole, amount))
        .recovered(zero)
        .lossAccepted(zero)
        .addHistory(LedgerEvent.of(LocalDate.ofEpochDay(dDate[d]), kind, state, amount))
        .build();
  }
}
