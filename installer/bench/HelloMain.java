package bench;

import com.valt.planner.ui.startup.FirstFrameProbe;
import javafx.application.Application;

/**
 * The start-up baseline: a hello-world JavaFX window launched like the planner (a plain main class that
 * installs the same first-frame probe, then Application.launch). Built and packaged by
 * installer/measure-startup.sh; not part of the program.
 */
public final class HelloMain {
    private HelloMain() {
    }

    public static void main(String[] args) {
        FirstFrameProbe.installIfRequested();
        Application.launch(HelloWindow.class, args);
    }
}
