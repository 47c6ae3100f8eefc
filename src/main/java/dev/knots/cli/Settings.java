package dev.knots.cli;

/**
 * What {@link SessionSafety} reads of the settings, under the name it knew them by. A bridge: the
 * settings moved to {@code dev.knots.config} while SessionSafety was being changed elsewhere; when
 * it imports {@code dev.knots.config.Settings}, this file and {@link SessionHooks#safety} go.
 */
record Settings(String emergencyNumber) {}
