package dev.keyaccount.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of the SDK: the four library modules are pure (no I/O, no console, no clock, no
 * logging), and the calculator modules depend on ka-core only, never on each other.
 */
class ArchitectureTest {

  private static final String[] LIBRARY = {
      "dev.keyaccount.core..", "dev.keyaccount.kpi..", "dev.keyaccount.planning..", "dev.keyaccount.receivables.."};

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("/testing/"))
        .importPackages("dev.keyaccount.core", "dev.keyaccount.kpi", "dev.keyaccount.planning",
            "dev.keyaccount.receivables");
  }

  @Test
  void libraryDoesNoIo() {
    ArchRule rule = noClasses().that().resideInAnyPackage(LIBRARY)
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.net..", "java.nio.file..")
        .because("ka-core, ka-kpi, ka-planning and ka-receivables are pure: data in, values out");
    rule.check(library);
  }

  @Test
  void libraryDoesNotPrint() {
    ArchRule rule = noClasses().that().resideInAnyPackage(LIBRARY)
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .because("the library never writes to the console");
    rule.check(library);
  }

  @Test
  void libraryReadsNoClock() {
    ArchRule rule = noClasses().that().resideInAnyPackage(LIBRARY)
        .should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
        .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
            com.tngtech.archunit.base.DescribedPredicate.describe("now()",
                t -> t.getName().equals("now") && t.getOwner().getPackageName().startsWith("java.time"))))
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .because("dates such as 'as of' are passed in, never read from a clock");
    rule.check(library);
  }

  @Test
  void theRulesSeeTheWholeLibrary() {
    for (String module : new String[] {"core", "kpi", "planning", "receivables"}) {
      long classes = library.stream().filter(c -> c.getPackageName().startsWith("dev.keyaccount." + module)).count();
      org.junit.jupiter.api.Assertions.assertTrue(classes >= 10, module + " has only " + classes + " classes imported");
    }
  }

  @Test
  void libraryIsDeterministic_noRandomness_noDefaultLocaleOrZone_noEnvironment() {
    ArchRule rule = noClasses().that().resideInAnyPackage(LIBRARY)
        .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.UUID")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.TimeZone")
        .orShould().callMethod(java.util.Locale.class, "getDefault")
        .orShould().callMethod(Math.class, "random")
        .orShould().callMethod(System.class, "getenv")
        .orShould().callMethod(System.class, "getenv", String.class)
        .orShould().callMethod(System.class, "getProperty", String.class)
        .orShould().callMethod(System.class, "getProperty", String.class, String.class)
        .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
            com.tngtech.archunit.base.DescribedPredicate.describe("now() of threeten-extra",
                t -> t.getName().equals("now") && t.getOwner().getPackageName().startsWith("org.threeten"))))
        .because("the same input gives the same answer on every machine, every day");
    rule.check(library);
  }

  @Test
  void libraryHasNoGlobalMutableState() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields().that().areStatic()
        .and().areDeclaredInClassesThat().resideInAnyPackage(LIBRARY)
        .should().beFinal()
        .because("calculators are stateless and values immutable: no static field changes")
        .check(library);
  }

  @Test
  void libraryDoesNotLog() {
    ArchRule rule = noClasses().that().resideInAnyPackage(LIBRARY)
        .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.slf4j..", "org.apache.logging..")
        .because("the library reports problems in its results, not in logs");
    rule.check(library);
  }

  @Test
  void calculatorModulesDependOnCoreOnly() {
    noClasses().that().resideInAPackage("dev.keyaccount.kpi..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.keyaccount.planning..", "dev.keyaccount.receivables..",
            "dev.keyaccount.examples..")
        .check(library);
    noClasses().that().resideInAPackage("dev.keyaccount.planning..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.keyaccount.kpi..", "dev.keyaccount.receivables..",
            "dev.keyaccount.examples..")
        .check(library);
    noClasses().that().resideInAPackage("dev.keyaccount.receivables..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.keyaccount.kpi..", "dev.keyaccount.planning..",
            "dev.keyaccount.examples..")
        .check(library);
  }
}
