package dev.keyaccount.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.keyaccount.examples.architecture.Violations;
import dev.keyaccount.examples.architecture.kpi.UsesPlanning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of the SDK: the four library modules are pure (no I/O, no console, no clock, no
 * randomness, no default locale, time zone or charset, no environment, no logging, no global mutable
 * state), and the calculator modules depend on ka-core only, never on each other.
 *
 * <p>Each rule is a function of the packages it governs, so that the same rule is also run against
 * fixtures ({@link Violations}) that break it one way each: a rule that stopped seeing a violation would
 * fail {@link #everyBan_reportsTheFixtureThatBreaksIt()}. A rule that matches no class at all fails too
 * (ArchUnit's {@code archRule.failOnEmptyShould}, on by default and never turned off here).
 */
class ArchitectureTest {

  private static final String[] LIBRARY = {
      "dev.keyaccount.core..", "dev.keyaccount.kpi..", "dev.keyaccount.planning..", "dev.keyaccount.receivables.."};
  private static final String FIXTURES = "dev.keyaccount.examples.architecture..";

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("/testing/"))
        .importPackages("dev.keyaccount.core", "dev.keyaccount.kpi", "dev.keyaccount.planning",
            "dev.keyaccount.receivables");
  }

  static ArchRule noIo(String... packages) {
    return noClasses().that().resideInAnyPackage(packages)
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.net..", "java.nio.file..")
        .because("ka-core, ka-kpi, ka-planning and ka-receivables are pure: data in, values out");
  }

  static ArchRule noConsole(String... packages) {
    return noClasses().that().resideInAnyPackage(packages)
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .because("the library never writes to the console");
  }

  static ArchRule noClock(String... packages) {
    return noClasses().that().resideInAnyPackage(packages)
        .should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
        .orShould().callMethodWhere(named("now", "java.time"))
        .orShould().callMethodWhere(named("now", "org.threeten"))
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
        .because("dates such as 'as of' are passed in, never read from a clock or the machine's zone");
  }

  static ArchRule deterministic(String... packages) {
    return noClasses().that().resideInAnyPackage(packages)
        .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.UUID")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.TimeZone")
        .orShould().dependOnClassesThat().areAssignableTo(java.text.Format.class)
        .orShould().callMethod(java.util.Locale.class, "getDefault")
        .orShould().callMethod(java.util.Locale.class, "getDefault", java.util.Locale.Category.class)
        .orShould().callMethod(String.class, "toUpperCase")
        .orShould().callMethod(String.class, "toLowerCase")
        .orShould().callMethod(String.class, "format", String.class, Object[].class)
        .orShould().callMethod(String.class, "formatted", Object[].class)
        .orShould().callMethod(String.class, "getBytes")
        .orShould().callMethod(java.nio.charset.Charset.class, "defaultCharset")
        .orShould().callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class)
        .orShould().callMethod(Math.class, "random")
        .orShould().callMethod(System.class, "getenv")
        .orShould().callMethod(System.class, "getenv", String.class)
        .orShould().callMethod(System.class, "getProperty", String.class)
        .orShould().callMethod(System.class, "getProperty", String.class, String.class)
        .because("the same input gives the same answer on every machine, every day, in every locale");
  }

  static ArchRule noGlobalMutableState(String... packages) {
    return fields().that().areStatic()
        .and().areDeclaredInClassesThat().resideInAnyPackage(packages)
        .should().beFinal()
        .because("calculators are stateless and values immutable: no static field changes");
  }

  static ArchRule noLogging(String... packages) {
    return noClasses().that().resideInAnyPackage(packages)
        .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.slf4j..", "org.apache.logging..",
            "org.apache.commons.logging..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.System$Logger")
        .because("the library reports problems in its results, not in logs");
  }

  static ArchRule independentOf(String module, String... others) {
    return noClasses().that().resideInAPackage(module)
        .should().dependOnClassesThat().resideInAnyPackage(others)
        .because("ka-kpi, ka-planning and ka-receivables depend on ka-core only");
  }

  private static DescribedPredicate<JavaCall<?>> named(String method, String ownerPackage) {
    return JavaCall.Predicates.target(DescribedPredicate.describe(method + "() in " + ownerPackage,
        t -> t.getName().equals(method) && t.getOwner().getPackageName().startsWith(ownerPackage)));
  }

  @Test
  void libraryDoesNoIo() {
    noIo(LIBRARY).check(library);
  }

  @Test
  void libraryDoesNotPrint() {
    noConsole(LIBRARY).check(library);
  }

  @Test
  void libraryReadsNoClock() {
    noClock(LIBRARY).check(library);
  }

  @Test
  void libraryIsDeterministic_noRandomness_noDefaultLocaleZoneOrCharset_noEnvironment() {
    deterministic(LIBRARY).check(library);
  }

  @Test
  void libraryHasNoGlobalMutableState() {
    noGlobalMutableState(LIBRARY).check(library);
  }

  @Test
  void libraryDoesNotLog() {
    noLogging(LIBRARY).check(library);
  }

  @Test
  void calculatorModulesDependOnCoreOnly() {
    independentOf("dev.keyaccount.kpi..", "dev.keyaccount.planning..", "dev.keyaccount.receivables..",
        "dev.keyaccount.examples..").check(library);
    independentOf("dev.keyaccount.planning..", "dev.keyaccount.kpi..", "dev.keyaccount.receivables..",
        "dev.keyaccount.examples..").check(library);
    independentOf("dev.keyaccount.receivables..", "dev.keyaccount.kpi..", "dev.keyaccount.planning..",
        "dev.keyaccount.examples..").check(library);
    independentOf("dev.keyaccount.core..", "dev.keyaccount.kpi..", "dev.keyaccount.planning..",
        "dev.keyaccount.receivables..", "dev.keyaccount.examples..").check(library);
  }

  @Test
  void theRulesSeeTheWholeLibrary() {
    for (String module : new String[] {"core", "kpi", "planning", "receivables"}) {
      long classes = library.stream().filter(c -> c.getPackageName().startsWith("dev.keyaccount." + module)).count();
      assertTrue(classes >= 10, module + " has only " + classes + " classes imported");
    }
    assertTrue(library.stream().noneMatch(c -> c.getPackageName().contains(".testing")),
        "the test generators are not library code");
  }

  /** Every ban, the fixture that breaks it, and a word the rule's report must name. */
  private static Map<Class<?>, List<String>> bans() {
    Map<Class<?>, List<String>> bans = new LinkedHashMap<>();
    bans.put(Violations.ReadsAFile.class, List.of("noIo", "java.nio.file.Files"));
    bans.put(Violations.OpensASocket.class, List.of("noIo", "java.net.Socket"));
    bans.put(Violations.Prints.class, List.of("noConsole", "java.lang.System.out"));
    bans.put(Violations.PrintsAnError.class, List.of("noConsole", "java.lang.System.err"));
    bans.put(Violations.HoldsAClock.class, List.of("noClock", "java.time.Clock"));
    bans.put(Violations.ReadsToday.class, List.of("noClock", "java.time.LocalDate.now()"));
    bans.put(Violations.ReadsTheInstant.class, List.of("noClock", "java.time.Instant.now()"));
    bans.put(Violations.ReadsThisQuarter.class, List.of("noClock", "org.threeten.extra.YearQuarter.now()"));
    bans.put(Violations.ReadsTheMillis.class, List.of("noClock", "java.lang.System.currentTimeMillis()"));
    bans.put(Violations.ReadsNanos.class, List.of("noClock", "java.lang.System.nanoTime()"));
    bans.put(Violations.ReadsTheZone.class, List.of("noClock", "java.time.ZoneId.systemDefault()"));
    bans.put(Violations.UsesRandom.class, List.of("deterministic", "java.util.Random"));
    bans.put(Violations.UsesSecureRandom.class, List.of("deterministic", "java.security.SecureRandom"));
    bans.put(Violations.UsesThreadLocalRandom.class, List.of("deterministic", "java.util.concurrent.ThreadLocalRandom"));
    bans.put(Violations.UsesSplittableRandom.class, List.of("deterministic", "java.util.SplittableRandom"));
    bans.put(Violations.MakesAUuid.class, List.of("deterministic", "java.util.UUID"));
    bans.put(Violations.MakesADate.class, List.of("deterministic", "java.util.Date.<init>()"));
    bans.put(Violations.UsesACalendar.class, List.of("deterministic", "java.util.Calendar"));
    bans.put(Violations.UsesTheDefaultTimeZone.class, List.of("deterministic", "java.util.TimeZone"));
    bans.put(Violations.FormatsNumbers.class, List.of("deterministic", "java.text.NumberFormat"));
    bans.put(Violations.ReadsTheDefaultLocale.class, List.of("deterministic", "java.util.Locale.getDefault()"));
    bans.put(Violations.ReadsTheDefaultFormatLocale.class,
        List.of("deterministic", "java.util.Locale.getDefault(java.util.Locale$Category)"));
    bans.put(Violations.UpperCasesInTheDefaultLocale.class, List.of("deterministic", "java.lang.String.toUpperCase()"));
    bans.put(Violations.LowerCasesInTheDefaultLocale.class, List.of("deterministic", "java.lang.String.toLowerCase()"));
    bans.put(Violations.FormatsInTheDefaultLocale.class,
        List.of("deterministic", "java.lang.String.format(java.lang.String, [Ljava.lang.Object;)"));
    bans.put(Violations.FormatsTextInTheDefaultLocale.class,
        List.of("deterministic", "java.lang.String.formatted([Ljava.lang.Object;)"));
    bans.put(Violations.EncodesInTheDefaultCharset.class, List.of("deterministic", "java.lang.String.getBytes()"));
    bans.put(Violations.ReadsTheDefaultCharset.class,
        List.of("deterministic", "java.nio.charset.Charset.defaultCharset()"));
    bans.put(Violations.ParsesDatesInTheDefaultLocale.class,
        List.of("deterministic", "java.time.format.DateTimeFormatter.ofPattern(java.lang.String)"));
    bans.put(Violations.UsesMathRandom.class, List.of("deterministic", "java.lang.Math.random()"));
    bans.put(Violations.ReadsTheEnvironment.class, List.of("deterministic", "java.lang.System.getenv()"));
    bans.put(Violations.ReadsAVariable.class, List.of("deterministic", "java.lang.System.getenv(java.lang.String)"));
    bans.put(Violations.ReadsAProperty.class, List.of("deterministic", "java.lang.System.getProperty(java.lang.String)"));
    bans.put(Violations.ReadsAPropertyWithADefault.class,
        List.of("deterministic", "java.lang.System.getProperty(java.lang.String, java.lang.String)"));
    bans.put(Violations.KeepsACounter.class, List.of("noGlobalMutableState", "Violations$KeepsACounter.calls"));
    bans.put(Violations.LogsToJul.class, List.of("noLogging", "java.util.logging.Logger"));
    bans.put(Violations.LogsToTheSystemLogger.class, List.of("noLogging", "java.lang.System$Logger"));
    return bans;
  }

  private static final Map<String, Function<String[], ArchRule>> RULES = Map.of(
      "noIo", ArchitectureTest::noIo,
      "noConsole", ArchitectureTest::noConsole,
      "noClock", ArchitectureTest::noClock,
      "deterministic", ArchitectureTest::deterministic,
      "noGlobalMutableState", ArchitectureTest::noGlobalMutableState,
      "noLogging", ArchitectureTest::noLogging);

  @Test
  void everyBan_reportsTheFixtureThatBreaksIt() {
    List<String> missed = new ArrayList<>();
    bans().forEach((fixture, ban) -> {
      EvaluationResult result = RULES.get(ban.get(0)).apply(new String[] {FIXTURES})
          .evaluate(new ClassFileImporter().importClasses(fixture));
      String report = String.join("\n", result.getFailureReport().getDetails());
      if (!result.hasViolation() || !report.contains(ban.get(1))) {
        missed.add(ban.get(0) + " did not report " + ban.get(1) + " in " + fixture.getSimpleName() + ": " + report);
      }
    });
    assertTrue(missed.isEmpty(), String.join("\n", missed));
  }

  @Test
  void everyRule_passesAClassThatBreaksNothing() {
    JavaClasses clean = new ClassFileImporter().importClasses(Violations.Clean.class);
    RULES.forEach((name, rule) -> assertFalse(rule.apply(new String[] {FIXTURES}).evaluate(clean).hasViolation(), name));
    assertFalse(independentOf(FIXTURES, "dev.keyaccount.examples.architecture.planning..").evaluate(clean).hasViolation());
  }

  @Test
  void theLayeringRule_reportsACalculatorModuleUsingAnother() {
    EvaluationResult result = independentOf("dev.keyaccount.examples.architecture.kpi..",
        "dev.keyaccount.examples.architecture.planning..")
        .evaluate(new ClassFileImporter().importClasses(UsesPlanning.class));
    assertTrue(result.hasViolation());
    assertTrue(String.join("\n", result.getFailureReport().getDetails()).contains("PlanningValue"),
        result.getFailureReport()::toString);
  }

  @Test
  void everyRule_failsWhenItMatchesNoClass() {
    JavaClasses none = new ClassFileImporter().importClasses(Violations.Clean.class);
    List<ArchRule> rules = new ArrayList<>();
    RULES.values().forEach(rule -> rules.add(rule.apply(new String[] {"dev.keyaccount.nowhere.."})));
    rules.add(independentOf("dev.keyaccount.nowhere..", "dev.keyaccount.core.."));
    for (ArchRule rule : rules) {
      AssertionError error = assertThrows(AssertionError.class, () -> rule.check(none), rule::getDescription);
      assertTrue(error.getMessage().contains("failed to check any classes"), error.getMessage());
    }
    assertEquals(RULES.size() + 1, rules.size());
  }
}
