package com.valt.planner.ui.actions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The last opened or saved files, newest first, in a small text file in the user's config folder
 * (a file rather than java.util.prefs, so tests and portable installs can point it elsewhere).
 */
public final class RecentFiles {
    static final int MAX = 8;
    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    /** {@code valt.planner.config} if set, else ~/.config/valt-planner. */
    public static Path configFolder() {
        String override = System.getProperty("valt.planner.config");
        if (override != null) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("valt-planner");
    }

    List<Path> list() {
        try {
            if (!Files.isRegularFile(store)) {
                return List.of();
            }
            return Files.readAllLines(store, StandardCharsets.UTF_8).stream()
                    .filter(s -> !s.isBlank())
                    .map(Path::of)
                    .limit(MAX)
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // a damaged list is not worth bothering the user about
        }
    }

    void add(Path file) {
        List<Path> next = new ArrayList<>();
        Path abs = file.toAbsolutePath().normalize();
        next.add(abs);
        list().stream().filter(p -> !p.equals(abs)).limit(MAX - 1L).forEach(next::add);
        try {
            Files.createDirectories(store.getParent());
            Files.write(store, next.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the recent list is a convenience; failing to store it must not stop a save
        }
    }
}
