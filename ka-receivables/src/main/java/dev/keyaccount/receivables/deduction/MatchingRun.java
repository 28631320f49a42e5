package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * the {@link MatchingResult} reads. Every index is built in time linear (or n log n) in the input, and
 * no pass compares every deduction with every authorization. Confined to the thread that runs it until
 * the result is published; read-only afterwards.
 */
final class MatchingRun {

  private static final byte PENDING = -1;
  private static final DeductionState[] STATES = DeductionState.values();
  private static final MatchPass[] PASSES = MatchPass.values();
  private static final ReasonType[] TYPES = ReasonType.values();
  private static final int TYPE_COUNT = TYPES.length;

  private final MatchingPolicy policy;
  private final CurrencyUnit currency;
  private final long absoluteTolerance;
  private final long combinationTolerance;
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
  private String[] aId;
  private int[] aAccount;
  private int[] aType;
  private int[] aDate;
  private long[] aAmount;
  private long[] aRemaining;
  private int[] aRef;
  private int[] aNextSameRef;
  // The authorizations grouped by (account, type), each group by amount: group g is positions
  // aGroupStart[g] to aGroupStart[g + 1] of aByGroup, whose amounts aGroupAmount holds in the same
  // order, so a search by amount reads one stretch of memory.
  private int[] aGroupStart;
  private int[] aByGroup;
  private long[] aGroupAmount;

  // Accepted deductions, in order of date, amount and id.
  private int nd;
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
  private int[][] dCandidates;
  private int[] dFirstMatch;
  private int[] dLastMatch;

  // Matches (deduction → authorization, amount), linked per deduction.
  private int matchCount;
  private int[] mAuthorization;
  private long[] mAmount;
  private int[] mNext;

  MatchingRun(MatchingPolicy policy) {
    this.policy = policy;
    this.currency = policy.currency();
    this.minorDigits = Monies.minorDigits(currency);
    this.dateWindowDays = policy.dateWindowDays();
    this.absoluteTolerance = Monies.toMinorUnits(policy.absoluteTolerance(), RoundingMode.FLOOR);
    this.combinationTolerance = Monies.toMinorUnits(policy.combinationTolerance(), RoundingMode.FLOOR);
    this.relativeTolerance = policy.relativeTolerance().signum() == 0 ? null : policy.relativeTolerance();
    for (ReasonType type : TYPES) {
      writeOffThreshold[type.ordinal()] =
          Monies.toMinorUnits(policy.writeOffThreshold(Optional.of(type)), RoundingMode.FLOOR);
    }
    writeOffThreshold[TYPE_COUNT] =
        Monies.toMinorUnits(policy.defaultWriteOffThreshold(), RoundingMode.FLOOR);
  }

  MatchingResult run(Collection<Deduction> deductions, Collection<Authorization> authorizations) {
    // About one reference per line of the larger side, plus the other side's variants (the table grows).
    references = new ReferenceTable(Math.max(deductions.size(), authorizations.size())
        + Math.min(deductions.size(), authorizations.size()) / 4);
    accountIndex = new IndexTable(64);
    loadDeductions(deductions);
    loadAuthorizations(authorizations);
    // Most deductions match one authorization: room for that many matches, grown if needed.
    int capacity = Math.max(16, nd + nd / 8);
    mAuthorization = new int[capacity];
    mAmount = new long[capacity];
    mNext = new int[capacity];
    markDuplicates();
    matchByReference();
    groupAuthorizations();
    matchByAmount();
    if (policy.maxCombinationSize() >= 2) {
      matchOneDeductionToMany();
      matchManyDeductionsToOne();
    }
    settleUnmatched();
    rejected.sort(java.util.Comparator.comparing(RejectedLine::source).thenComparing(RejectedLine::id)
        .thenComparing(RejectedLine::reason));
    MatchingSummary summary = summarise();
    releaseWorkingState();
    return new MatchingResult(this, summary, rejected);
  }

  /** Drops what only the passes needed, so a result kept alive holds its outcome and no more. */
  private void releaseWorkingState() {
    references = null;
    accountIndex = null;
    accounts.clear();
    aAccount = null;
    aType = null;
    aDate = null;
    aRef = null;
    aNextSameRef = null;
    aGroupStart = null;
    aByGroup = null;
    aGroupAmount = null;
    dAccount = null;
    dDate = null;
    dRef = null;
    dLastMatch = null;
  }

  // ---------------------------------------------------------------- loading

  private void loadDeductions(Collection<Deduction> input) {
    Deduction[] lines = input.toArray(new Deduction[0]);
    Lines in = new Lines(lines.length);
    for (int i = 0; i < lines.length; i++) {
      // Read every line once, in input order (sequential in memory), before sorting.
      loadDeduction(in, i, lines[i]);
    }
    int[] order = in.sortedOrder((x, y) -> compareDeductions(lines[x], lines[y]), RejectedLine.Source.DEDUCTION);
    nd = order.length;
    dId = in.ids(order);
    dAccount = in.accounts(order);
    dType = in.types(order);
    dDate = in.dates(order);
    dAmount = in.amounts(order);
    dRef = in.references(order);
    dState = new byte[nd];
    dPass = new byte[nd];
    dDisputed = new long[nd];
    dWrittenOff = new long[nd];
    dDuplicateOf = new int[nd];
    dCandidates = new int[nd][];
    dFirstMatch = new int[nd];
    dLastMatch = new int[nd];
    Arrays.fill(dState, PENDING);
    Arrays.fill(dPass, (byte) MatchPass.NONE.ordinal());
    Arrays.fill(dDuplicateOf, -1);
    Arrays.fill(dFirstMatch, -1);
    Arrays.fill(dLastMatch, -1);
  }

  /**
   * Checks and reads one deduction. The passes handle one line per call, so that a run over ten
   * thousand lines is compiled after its first lines rather than after several runs.
   */
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
    if (problem != null) {
      rejected.add(RejectedLine.of(RejectedLine.Source.DEDUCTION, d.id(), problem));
    } else {
      in.add(i, d.id(), account(d.accountId()), reasonType(d.reasonCode()), d.date().toEpochDay(), amount,
          normalisedReference(d.reference()));
    }
  }

  private String deductionProblem(Deduction d) {
    if (d.accountId().isBlank()) {
      return Args.message("accountId", "not be blank", "'" + d.accountId() + "'");
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
    Lines in = new Lines(lines.length);
    for (int i = 0; i < lines.length; i++) {
      loadAuthorization(in, i, lines[i]);
    }
    int[] order = in.sortedOrder((x, y) -> compareAuthorizations(lines[x], lines[y]),
        RejectedLine.Source.AUTHORIZATION);
    na = order.length;
    aId = in.ids(order);
    aAccount = in.accounts(order);
    aType = in.types(order);
    aDate = in.dates(order);
    aAmount = in.amounts(order);
    aRemaining = aAmount.clone();
    aRef = in.references(order);
    aNextSameRef = new int[na];
  }

  private void loadAuthorization(Lines in, int i, Authorization a) {
    if (a == null) {
      Args.notNull(a, "authorizations[" + i + "]");
    }
    long amount;
    try {
      Args.sameCurrency(a.amount(), currency, "amount");
      amount = minorUnits(a.amount());
    } catch (IllegalArgumentException e) {
      rejected.add(RejectedLine.of(RejectedLine.Source.AUTHORIZATION, a.id(), e.getMessage()));
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
        out[k] = Math.toIntExact(date[order[k]]);
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

  /** The amount in whole minor units, as {@code Monies.toMinorUnits} but without stripping zeros first. */
  private long minorUnits(MonetaryAmount amount) {
    try {
      return amount.getNumber().numberValue(BigDecimal.class).movePointRight(minorDigits).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          Args.message("amount", "be a whole number of minor units that fits a long", amount), e);
    }
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

  // ---------------------------------------------------------------- passes

  /** The same claim twice: same account, type, normalised reference and amount as an earlier deduction. */
  private void markDuplicates() {
    IndexTable claims = new IndexTable(nd);
    IndexTable.SameKey sameClaim = (other, d) -> dAccount[other] == dAccount[d] && dType[other] == dType[d]
        && dAmount[other] == dAmount[d] && dRef[other] == dRef[d];
    for (int d = 0; d < nd; d++) {
      int ref = dRef[d];
      if (ref == ReferenceTable.NONE) {
        continue;
      }
      int hash = ((ref * 31 + dAccount[d]) * 31 + dType[d]) * 31 + Long.hashCode(dAmount[d]);
      int first = claims.putIfAbsent(d, hash, sameClaim);
      if (first >= 0) {
        dDuplicateOf[d] = first;
        settle(d, DeductionState.DUPLICATE, dAmount[d], 0);
      }
    }
  }

  /** Pass 1: the quoted reference, normalised, in the same account; same-type authorizations first. */
  private void matchByReference() {
    int[] first = new int[references.size()];
    int[] last = new int[references.size()];
    Arrays.fill(first, -1);
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
    }
    for (int d = 0; d < nd; d++) {
      int ref = dRef[d];
      if (dState[d] == PENDING && ref != ReferenceTable.NONE && first[ref] >= 0) {
        matchByReference(d, first[ref]);
      }
    }
  }

  /** Consumes the authorizations chained from {@code head} that share the deduction's reference. */
  private void matchByReference(int d, int head) {
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
      settleMatched(d, MatchPass.REFERENCE, open);
    }
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
    aGroupStart = start;
    aByGroup = byGroup;
    aGroupAmount = amounts;
  }

  private static int group(int account, int type) {
    return account * TYPE_COUNT + type;
  }

  /** The first position in {@code [from, to)} whose amount is at least {@code amount}. */
  private static int lowerBound(long[] amounts, int from, int to, long amount) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (amounts[mid] < amount) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Pass 2: one untouched authorization of the same account and type, within the date window and the
   * tolerance, whose reference (if both have one) is within the allowed edits. Exactly one candidate
   * matches; several make the deduction unresolved.
   */
  private void matchByAmount() {
    int[] found = new int[policy.maxCandidatesReported()];
    for (int d = 0; d < nd; d++) {
      if (dState[d] == PENDING && dType[d] >= 0) {
        matchByAmount(d, found);
      }
    }
  }

  private void matchByAmount(int d, int[] found) {
    int g = group(dAccount[d], dType[d]);
    long tolerance = tolerance(dAmount[d]);
    int end = aGroupStart[g + 1];
    int count = 0;
    for (int p = lowerBound(aGroupAmount, aGroupStart[g], end, dAmount[d] - tolerance);
        p < end && count < found.length && aGroupAmount[p] <= dAmount[d] + tolerance; p++) {
      int a = aByGroup[p];
      if (aRemaining[a] == aAmount[a] && withinWindow(d, a) && referencesAgree(d, a)) {
        found[count++] = a;
      }
    }
    if (count == 1) {
      long open = dAmount[d] - consume(d, found[0], dAmount[d]);
      settleMatched(d, MatchPass.AMOUNT, open);
    } else if (count > 1) {
      unresolved(d, Arrays.copyOf(found, count));
    }
  }

  private boolean referencesAgree(int d, int a) {
    return dRef[d] == ReferenceTable.NONE || aRef[a] == ReferenceTable.NONE
        || references.within(dRef[d], aRef[a], policy.maxReferenceEdits());
  }

  /**
   * Pass 3a: one deduction without a reference against several untouched authorizations of its
   * account and type, within the window, adding up to it within the combination tolerance.
   */
  private void matchOneDeductionToMany() {
    int maxPool = policy.maxCombinationCandidates();
    int[] pool = new int[maxPool];
    long[] poolAmount = new long[maxPool];
    CombinationSearch search = new CombinationSearch(policy.maxCombinationSize());
    for (int d = 0; d < nd; d++) {
      if (isCombinable(d)) {
        matchOneDeductionToMany(d, pool, poolAmount, search);
      }
    }
  }

  private void matchOneDeductionToMany(int d, int[] pool, long[] poolAmount, CombinationSearch search) {
    int maxPool = pool.length;
    int g = group(dAccount[d], dType[d]);
    long high = dAmount[d] + combinationTolerance;
    int count = 0;
    boolean overflow = false;
    for (int p = aGroupStart[g]; p < aGroupStart[g + 1] && aGroupAmount[p] <= high; p++) {
      int a = aByGroup[p];
      if (aRemaining[a] == aAmount[a] && withinWindow(d, a)) {
        if (count == maxPool) {
          overflow = true;
          break;
        }
        pool[count] = a;
        poolAmount[count++] = aAmount[a];
      }
    }
    if (count < 2) {
      return;
    }
    int outcome = overflow ? CombinationSearch.EXHAUSTED
        : search.search(poolAmount, count, dAmount[d] - combinationTolerance, high, policy.maxCombinationSize());
    if (outcome == CombinationSearch.UNIQUE) {
      int[] members = pick(pool, search.first());
      Arrays.sort(members);
      long open = dAmount[d];
      for (int a : members) {
        if (open > 0) {
          open -= consume(d, a, open);
        }
      }
      settleMatched(d, MatchPass.COMBINATION, open);
    } else if (outcome == CombinationSearch.AMBIGUOUS) {
      unresolved(d, union(pick(pool, search.first()), pick(pool, search.second())));
    } else if (outcome == CombinationSearch.EXHAUSTED) {
      unresolved(d, Arrays.copyOf(pool, count));
    }
  }

  /**
   * Pass 3b: several pending deductions without a reference against one untouched authorization of
   * their account and type, within the window, adding up to it within the combination tolerance.
   */
  private void matchManyDeductionsToOne() {
    int groups = accounts.size() * TYPE_COUNT;
    int[] start = new int[groups + 1];
    int pending = 0;
    for (int d = 0; d < nd; d++) {
      if (isCombinable(d)) {
        start[group(dAccount[d], dType[d]) + 1]++;
        pending++;
      }
    }
    if (pending < 2) {
      return;
    }
    for (int g = 0; g < groups; g++) {
      start[g + 1] += start[g];
    }
    int[] byGroup = new int[pending];
    int[] next = Arrays.copyOf(start, start.length);
    for (int d = 0; d < nd; d++) {
      if (isCombinable(d)) {
        byGroup[next[group(dAccount[d], dType[d])]++] = d;
      }
    }
    for (int g = 0; g < groups; g++) {
      IndexSort.sortByAmount(byGroup, start[g], start[g + 1], dAmount);
    }
    int maxPool = policy.maxCombinationCandidates();
    int[] pool = new int[maxPool];
    long[] poolAmount = new long[maxPool];
    CombinationSearch search = new CombinationSearch(policy.maxCombinationSize());
    for (int a = 0; a < na; a++) {
      int g = group(aAccount[a], aType[a]);
      if (aRemaining[a] != aAmount[a] || start[g] + 1 >= start[g + 1]) {
        continue;
      }
      long high = aAmount[a] + combinationTolerance;
      int count = 0;
      boolean overflow = false;
      for (int p = start[g]; p < start[g + 1] && dAmount[byGroup[p]] <= high; p++) {
        int d = byGroup[p];
        if (dState[d] == PENDING && withinWindow(d, a)) {
          if (count == maxPool) {
            overflow = true;
            break;
          }
          pool[count] = d;
          poolAmount[count++] = dAmount[d];
        }
      }
      if (overflow || count < 2) {
        continue;
      }
      int outcome = search.search(poolAmount, count, aAmount[a] - combinationTolerance, high,
          policy.maxCombinationSize());
      if (outcome == CombinationSearch.UNIQUE) {
        int[] members = pick(pool, search.first());
        Arrays.sort(members);
        long open = aAmount[a];
        for (int d : members) {
          long taken = Math.min(open, dAmount[d]);
          if (taken == 0) {
            // Only with a combination tolerance larger than a member: nothing left to match it with.
            settle(d, DeductionState.WRITTEN_OFF, 0, dAmount[d]);
          } else {
            open -= consume(d, a, taken);
            settleMatched(d, MatchPass.COMBINATION, dAmount[d] - taken);
          }
        }
      } else if (outcome == CombinationSearch.AMBIGUOUS) {
        for (int d : union(pick(pool, search.first()), pick(pool, search.second()))) {
          unresolved(d, new int[] {a});
        }
      }
    }
  }

  private boolean isCombinable(int d) {
    return dState[d] == PENDING && dType[d] >= 0 && dRef[d] == ReferenceTable.NONE;
  }

  private static int[] pick(int[] pool, int[] positions) {
    int[] picked = new int[positions.length];
    for (int i = 0; i < positions.length; i++) {
      picked[i] = pool[positions[i]];
    }
    return picked;
  }

  private static int[] union(int[] a, int[] b) {
    return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
  }

  /** Whatever is still pending: written off under the threshold of its type, otherwise unauthorized. */
  private void settleUnmatched() {
    for (int d = 0; d < nd; d++) {
      if (dState[d] == PENDING) {
        long threshold = writeOffThreshold[dType[d] < 0 ? TYPE_COUNT : dType[d]];
        if (dAmount[d] <= threshold) {
          settle(d, DeductionState.WRITTEN_OFF, 0, dAmount[d]);
        } else {
          settle(d, DeductionState.UNAUTHORIZED, dAmount[d], 0);
        }
      }
    }
  }

  // ---------------------------------------------------------------- bookkeeping

  /** Consumes up to {@code wanted} of the authorization for the deduction; returns the amount taken. */
  private long consume(int d, int a, long wanted) {
    long taken = Math.min(wanted, aRemaining[a]);
    aRemaining[a] -= taken;
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
    long[] amounts = new long[STATES.length];
    long deducted = 0;
    long matched = 0;
    long disputed = 0;
    long writtenOff = 0;
    long unresolved = 0;
    for (int d = 0; d < nd; d++) {
      counts[dState[d]]++;
      amounts[dState[d]] += dAmount[d];
      deducted += dAmount[d];
      matched += matched(d);
      disputed += dDisputed[d];
      writtenOff += dWrittenOff[d];
      unresolved += unresolvedAmount(d);
    }
    long authorized = 0;
    long remaining = 0;
    for (int a = 0; a < na; a++) {
      authorized += aAmount[a];
      remaining += aRemaining[a];
    }
    Map<DeductionState, Integer> countMap = new EnumMap<>(DeductionState.class);
    Map<DeductionState, MonetaryAmount> amountMap = new EnumMap<>(DeductionState.class);
    for (DeductionState state : STATES) {
      countMap.put(state, counts[state.ordinal()]);
      amountMap.put(state, money(amounts[state.ordinal()]));
    }
    int unresolvedCount = counts[DeductionState.UNRESOLVED.ordinal()];
    int matchedCount = counts[DeductionState.VALID.ordinal()] + counts[DeductionState.PARTIALLY_VALID.ordinal()];
    return MatchingSummary.builder()
        .deductionCount(nd)
        .counts(countMap)
        .amounts(amountMap)
        .totalDeducted(money(deducted))
        .matched(money(matched))
        .disputed(money(disputed))
        .writtenOff(money(writtenOff))
        .unresolved(money(unresolved))
        .totalAuthorized(money(authorized))
        .consumed(money(authorized - remaining))
        .remaining(money(remaining))
        .rejectedCount(rejected.size())
        .autoMatchRateByCount(rate(nd - unresolvedCount, nd))
        .autoMatchRateByAmount(rate(deducted - unresolved, deducted))
        .matchRateByCount(rate(matchedCount, nd))
        .matchRateByAmount(rate(matched, deducted))
        .build();
  }

  private static Rate rate(long part, long whole) {
    return whole == 0 ? Rate.ZERO : Rate.ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }

  private Money money(long minorUnits) {
    return Monies.ofMinorUnits(minorUnits, currency);
  }

  // ---------------------------------------------------------------- reading the outcome

  int deductionCount() {
    return nd;
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

  DeductionResult deductionResult(int d) {
    DeductionResult.Builder result = DeductionResult.builder();
    result.deductionId(dId[d])
        .state(STATES[dState[d]])
        .pass(PASSES[dPass[d]])
        .type(dType[d] < 0 ? Optional.empty() : Optional.of(TYPES[dType[d]]))
        .amount(money(dAmount[d]))
        .matched(money(matched(d)))
        .disputed(money(dDisputed[d]))
        .writtenOff(money(dWrittenOff[d]))
        .unresolved(money(unresolvedAmount(d)));
    for (int m = dFirstMatch[d]; m >= 0; m = mNext[m]) {
      result.addMatches(AuthorizationMatch.of(aId[mAuthorization[m]], money(mAmount[m])));
    }
    if (dCandidates[d] != null) {
      for (int a : dCandidates[d]) {
        result.addCandidates(aId[a]);
      }
    }
    if (dDuplicateOf[d] >= 0) {
      result.duplicateOf(dId[dDuplicateOf[d]]);
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
}
