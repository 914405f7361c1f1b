package com.valt.planner.io;

import java.util.List;

/** The program's own load error: a file was refused, for one or more reasons, each with its path. */
public final class SiteLoadException extends Exception {
    private final transient List<LoadProblem> problems;

    public SiteLoadException(List<LoadProblem> problems) {
        super(
                problems.isEmpty()
                        ? "cannot load"
                        : problems.get(0).line()
                                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                null,
                false,
                false);
        this.problems = List.copyOf(problems);
    }

    public SiteLoadException(String file, String path, String reason) {
        this(List.of(new LoadProblem(file, path, reason)));
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
