package dev.knots.cli;

/** The output formats of listing commands ({@code --format}). */
enum TextOrJson {
  text,
  json
}
