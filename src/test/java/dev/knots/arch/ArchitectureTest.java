package dev.knots.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.knots.routine.Durations;

/** The dependency rules of shared/style.md, kept true by the build. */
@AnalyzeClasses(packages = "dev.knots", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String CLI = "dev.knots.cli..";
  private static final String BODY = "dev.knots.body..";
  private static final String ROUTINE = "dev.knots.routine..";
  private static final String SESSION = "dev.knots.session..";
  private static final String TRIAGE = "dev.knots.triage..";
  private static final String HISTORY = "dev.knots.history..";
  private static final String TERMINAL = "dev.knots.terminal..";
  private static final String PLATFORM = "dev.knots.platform..";
  private static final String CONFIG = "dev.knots.config..";

  @ArchTest
  static final ArchRule nothing_depends_on_cli =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .and()
          .doNotHaveFullyQualifiedName("dev.knots.Main")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CLI);

  @ArchTest
  static final ArchRule body_depends_on_no_feature =
      noClasses()
          .that()
          .resideInAPackage(BODY)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CLI, ROUTINE, SESSION, TRIAGE, HISTORY, TERMINAL);

  @ArchTest
  static final ArchRule routine_depends_only_on_body =
      noClasses()
          .that()
          .resideInAPackage(ROUTINE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CLI, SESSION, TRIAGE, HISTORY, TERMINAL);

  @ArchTest
  static final ArchRule triage_depends_only_on_body =
      noClasses()
          .that()
          .resideInAPackage(TRIAGE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CLI, ROUTINE, SESSION, HISTORY, TERMINAL);

  @ArchTest
  static final ArchRule history_depends_only_on_body =
      noClasses()
          .that()
          .resideInAPackage(HISTORY)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CLI, ROUTINE, SESSION, TRIAGE, TERMINAL);

  @ArchTest
  static final ArchRule session_depends_only_on_routine_and_body =
      noClasses()
          .that()
          .resideInAPackage(SESSION)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CLI, TRIAGE, HISTORY, TERMINAL);

  /** The settings file reads area names' suggestions and the routines' way of writing times. */
  @ArchTest
  static final ArchRule config_depends_only_on_body_and_the_routines_durations =
      noClasses()
          .that()
          .resideInAPackage(CONFIG)
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(CLI, SESSION, TRIAGE, HISTORY, TERMINAL)
                  .or(resideInAPackage(ROUTINE).and(not(type(Durations.class)))));

  @ArchTest
  static final ArchRule only_cli_reads_the_settings =
      noClasses()
          .that()
          .resideOutsideOfPackages(CLI, CONFIG)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CONFIG);

  @ArchTest
  static final ArchRule platform_depends_on_no_feature =
      noClasses()
          .that()
          .resideInAPackage(PLATFORM)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CLI, BODY, ROUTINE, SESSION, TRIAGE, HISTORY, TERMINAL, CONFIG);

  @ArchTest
  static final ArchRule only_cli_uses_the_terminal =
      noClasses()
          .that()
          .resideOutsideOfPackages(CLI, TERMINAL)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(TERMINAL);

  @ArchTest
  static final ArchRule picocli_only_in_cli =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule jline_and_jansi_only_in_terminal =
      noClasses()
          .that()
          .resideOutsideOfPackage(TERMINAL)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.jline..", "org.fusesource..");

  @ArchTest
  static final ArchRule jackson_only_in_loaders_and_cli =
      noClasses()
          .that()
          .resideOutsideOfPackages(ROUTINE, TRIAGE, CONFIG, CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule jdbc_only_in_history =
      noClasses()
          .that()
          .resideOutsideOfPackage(HISTORY)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "org.sqlite..");

  @ArchTest
  static final ArchRule the_end_of_life_jansi_is_never_used =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.fusesource..");
}
