package com.valt.planner.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What probe and listen both take: the site, and the device this computer stands in for. */
final class StandIn {
    @Parameters(paramLabel = "SITE", description = "a site file (*.valt.json)")
    Path site;

    @Option(
            names = "--as",
            required = true,
            paramLabel = "DEVICE",
            description = "the device this computer stands in for")
    String device;
}
