package dev.knots.cli;

import dev.knots.config.Settings;
import dev.knots.triage.CaseFile;
import dev.knots.triage.CaseFileException;
import dev.knots.triage.CatalogueLoader;
import dev.knots.triage.SelfTest;
import dev.knots.triage.TriageCase;
import dev.knots.triage.TriageEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code knots triage --self-test [--cases FILE]}: runs the engine's test cases (the bundled
 * cases.yaml, or a clinician's file) and prints one line per case and a summary. A class of its
 * own, reached only from that option, so nothing of it (nor Jackson) is on the quiz's start-up
 * path.
 */
final class TriageSelfTest {
  /** Some case gave another level or session than it expects. */
  static final int FAILED = 1;

  private TriageSelfTest() {}

  static int run(AppContext context, Path casesFile) {
    String shown = casesFile == null ? "cases.yaml (bundled)" : casesFile.toString();
    String text = casesFile == null ? bundled() : read(casesFile);
    PrintWriter out = context.console().out();
    PrintWriter err = context.console().err();
    List<TriageCase> cases;
    try {
      cases = new CaseFile(CatalogueLoader.bundled()).parse(shown, text);
    } catch (CaseFileException e) {
      e.problems().forEach(p -> err.println("knots: " + p));
      err.flush();
      return ExitCode.INVALID_DATA;
    }
    List<SelfTest.Result> results =
        new SelfTest(
                new TriageEngine(CatalogueLoader.bundled(), Settings.DEFAULTS.emergencyNumber()))
            .run(cases);
    results.forEach(r -> out.println(r.line()));
    out.println(SelfTest.summary(results));
    out.flush();
    return SelfTest.allPassed(results) ? ExitCode.OK : FAILED;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw KnotsException.noInput("cannot read the case file " + file, e);
    }
  }

  private static String bundled() {
    try (InputStream in = TriageSelfTest.class.getResourceAsStream(CaseFile.BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + CaseFile.BUNDLED + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("the bundled " + CaseFile.BUNDLED + " cannot be read", e);
    }
  }
}
