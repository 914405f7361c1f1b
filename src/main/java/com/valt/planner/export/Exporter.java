package com.valt.planner.export;

import java.io.IOException;
import java.io.OutputStream;

/** One output file made from the engine's result. Exporters read the result; none computes flows. */
public interface Exporter {
    /** The file name inside the export folder, e.g. {@code flows.csv}. */
    String fileName();

    void write(ExportInput input, OutputStream out) throws IOException;
}
