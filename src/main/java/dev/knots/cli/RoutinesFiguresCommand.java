package dev.knots.cli;

import dev.knots.routine.Figure;
import dev.knots.routine.FigureSheet;
import dev.knots.routine.Figures;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code routines figures [NAME]}: the bundled position figures, drawn. */
@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    description = {
      "Draw the bundled position figures (a step names one with 'figure: NAME').",
      "With a NAME: that figure for the left side and, mirrored, for the right."
    })
final class RoutinesFiguresCommand implements Callable<Integer> {
  private final AppContext context;

  @Parameters(paramLabel = "NAME", arity = "0..1", description = "One figure's name.")
  String name;

  RoutinesFiguresCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter out = context.console().out();
    if (name != null) {
      String wanted = name.strip().toLowerCase(Locale.ROOT);
      Optional<Figure> figure = Figures.named(wanted);
      if (figure.isEmpty()) {
        throw KnotsException.usage(Figures.unknownMessage(name.strip()));
      }
      FigureSheet.bothSides(figure.get()).forEach(out::println);
    } else {
      FigureSheet.catalogue(Figures.all()).forEach(out::println);
    }
    out.flush();
    return ExitCode.OK;
  }
}
