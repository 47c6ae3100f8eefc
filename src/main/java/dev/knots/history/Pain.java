package dev.knots.history;

/** The 0-10 pain rating's range check, shared by the records. */
final class Pain {
  private Pain() {}

  static void check(Integer pain, String name) {
    if (pain != null && (pain < 0 || pain > 10)) {
      throw new IllegalArgumentException(name + " must be 0-10, was " + pain);
    }
  }
}
