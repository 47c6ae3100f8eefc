package dev.knots.cli;

import dev.knots.body.Area;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** What the person asked {@code knots triage} for: its options, declared from code. */
final class TriageOptions {
  Area areaOption;
  List<String> answerOptions = new ArrayList<>();
  boolean thorough;
  boolean list;
  boolean selfTest;
  Path casesFile;
  TextOrJson format = TextOrJson.text;

  /** Declares the options on the check's spec, in the order {@code --help} lists them. */
  void declareOn(CommandSpec spec) {
    spec.addOption(
        CodedCommand.area(
            () -> areaOption,
            v -> areaOption = v,
            "The body area (questions for it; without it, every question)."));
    spec.addOption(
        CodedCommand.answers(
            () -> answerOptions,
            v -> answerOptions = v,
            "Answer a question up front: ID=yes|no, pain=0-10, emergency|urgent|soon|precautions"
                + "=none, or none for all four lists. Repeatable."));
    spec.addOption(
        CodedCommand.flag(
            "--thorough", () -> thorough, v -> thorough = v, "Ask every question one by one."));
    spec.addOption(
        CodedCommand.flag(
            "--list",
            () -> list,
            v -> list = v,
            "Print the questions that apply to --area, with ids and levels."));
    spec.addOption(
        CodedCommand.flag(
            "--self-test",
            () -> selfTest,
            v -> selfTest = v,
            "Run the engine's test cases (cases.yaml): one line per case and a summary;"
                + " exit 0 when all pass, 1 otherwise."));
    spec.addOption(
        CodedCommand.option("--cases", Path.class, () -> casesFile, v -> casesFile = v)
            .paramLabel("FILE")
            .description("With --self-test: the case file to run instead of the bundled one.")
            .build());
    spec.addOption(
        CodedCommand.option("--format", TextOrJson.class, () -> format, v -> format = v)
            .paramLabel("FORMAT")
            .description("Output: ${COMPLETION-CANDIDATES} (default: text).")
            .build());
  }
}
