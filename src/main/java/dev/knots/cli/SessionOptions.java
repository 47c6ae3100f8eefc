package dev.knots.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** What the person asked {@code knots session} for: its options, declared from code. */
final class SessionOptions {
  AreaList areaList;
  String after;
  String routineName;
  Path file;
  Integer minutes;
  boolean plain;
  List<String> answers = new ArrayList<>();
  boolean thorough;
  boolean noSound;
  boolean voice;
  boolean dryRun;
  TextOrJson format;
  boolean noFigures;
  Path eventsFile;

  /** Declares the options on the session's spec, in the order {@code --help} lists them. */
  void declareOn(CommandSpec spec) {
    AreaList.Converter areaNames = new AreaList.Converter();
    spec.addOption(
        CodedCommand.option("--area", AreaList.class, () -> areaList, v -> areaList = v)
            .paramLabel("AREA[,AREA...]")
            .converters(areaNames)
            .completionCandidates(areaNames)
            .description(
                "The body area; its first routine runs unless --routine says otherwise."
                    + " Several (up to 6, commas): one safety check, one session of about 10 min.")
            .build());
    spec.addOption(
        CodedCommand.option("--after", String.class, () -> after, v -> after = v)
            .paramLabel("ACTIVITY[,...]")
            .description(
                "The areas that activity works (running, squats, ... : 'knots activities'),"
                    + " weighted, in about 10 min.")
            .build());
    spec.addOption(
        CodedCommand.option("--routine", String.class, () -> routineName, v -> routineName = v)
            .paramLabel("NAME")
            .description("A routine of that area.")
            .build());
    spec.addOption(
        CodedCommand.option("--file", Path.class, () -> file, v -> file = v)
            .paramLabel("PATH")
            .description("Run a routine file directly (--area defaults to the file's area).")
            .build());
    spec.addOption(
        CodedCommand.option("--minutes", Integer.class, () -> minutes, v -> minutes = v)
            .paramLabel("N")
            .description("Scale the steps so the routine lasts about N minutes (1-120).")
            .build());
    spec.addOption(
        CodedCommand.flag(
            "--plain",
            () -> plain,
            v -> plain = v,
            "One line per event, no screen drawing (screen readers, logs)."));
    spec.addOption(
        CodedCommand.answers(
            () -> answers,
            v -> answers = v,
            "Answer a safety question up front (as in 'knots triage'; also acknowledge=yes,"
                + " pain-after=0-10 or pain-after:AREA=0-10, felt-warning-signs=yes|no). Repeatable."));
    spec.addOption(
        CodedCommand.flag(
            "--thorough",
            () -> thorough,
            v -> thorough = v,
            "Ask every safety question one by one."));
    spec.addOption(
        CodedCommand.flag(
            "--no-sound", () -> noSound, v -> noSound = v, "No bell at step changes."));
    spec.addOption(
        CodedCommand.flag(
            "--voice",
            () -> voice,
            v -> voice = v,
            "Speak each step's name and cue (espeak-ng or say)."));
    spec.addOption(
        CodedCommand.flag(
            "--no-figures",
            () -> noFigures,
            v -> noFigures = v,
            "Leave the position figures off the countdown screen."));
    spec.addOption(
        CodedCommand.option("--events", Path.class, () -> eventsFile, v -> eventsFile = v)
            .paramLabel("FILE")
            .description(
                "Write one JSON line per session event to FILE (created 0600), for status bars"
                    + " and scripts.")
            .build());
    spec.addOption(
        CodedCommand.flag(
            "--dry-run",
            () -> dryRun,
            v -> dryRun = v,
            "The safety check as usual, then print the plan (each step kept, adapted or skipped,"
                + " and why) without counting down or recording anything."));
    spec.addOption(
        CodedCommand.option("--format", TextOrJson.class, () -> format, v -> format = v)
            .paramLabel("FORMAT")
            .description("With --dry-run: text (default) or json.")
            .build());
  }
}
