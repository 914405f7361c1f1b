package com.valt.planner.ui;

import com.valt.planner.domain.Site;
import com.valt.planner.engine.FlowEngine;
import com.valt.planner.io.CatalogLoader;
import com.valt.planner.ui.actions.RecentFiles;
import com.valt.planner.ui.actions.Recovery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A real planner window per test, with its own recovery and config folders. */
abstract class WindowTest extends FxRobot {
    static final FlowEngine ENGINE = new FlowEngine(CatalogLoader.loadDefault());

    @TempDir
    Path temp;

    MainWindow window;
    PlannerModel model;
    Stage stage;

    @BeforeEach
    void openWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        window = newWindow(temp.resolve("recovery"));
        model = window.model();
        stage = window.stage();
    }

    MainWindow newWindow(Path recoveryFolder) throws Exception {
        MainWindow[] w = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            Stage s = new Stage();
            w[0] = new MainWindow(
                    s,
                    new PlannerModel(ENGINE, Site.empty()),
                    null,
                    new Recovery(recoveryFolder),
                    new RecentFiles(temp.resolve("config/recent-files.txt")));
            s.setWidth(1280);
            s.setHeight(800);
            s.setX(0);
            s.setY(0);
            s.show();
        });
        return w[0];
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.setupFixture(() -> {
            for (Window w : Window.getWindows().stream().toList()) {
                if (w instanceof Stage s) {
                    s.setOnCloseRequest(null);
                    s.close();
                }
            }
        });
    }

    /** A copy of a sample in the temp folder, so saving never touches the repository. */
    Path sample(String name) throws Exception {
        Path copy = temp.resolve(name);
        Files.copy(Path.of("samples", name), copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    void open(Path file) throws Exception {
        FxToolkit.setupFixture(() -> window.files().open(file));
        waitForResult();
        FxToolkit.setupFixture(() -> window.plan().zoomToFit());
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitForResult() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.isResultCurrent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    void fx(Runnable r) throws Exception {
        FxToolkit.setupFixture(r);
        waitForResult();
    }

    /** Runs something that opens a modal dialog, without waiting for it to close. */
    void later(Runnable r) {
        Platform.runLater(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    Optional<DialogPane> dialog(String id) throws Exception {
        return dialog(id, 5);
    }

    /** The dialog with this id once it shows, or empty if none shows within the time. */
    Optional<DialogPane> dialog(String id, long seconds) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(
                    seconds, TimeUnit.SECONDS, () -> lookup("#" + id).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            return Optional.empty();
        }
        return lookup("#" + id).tryQuery().map(n -> (DialogPane) n);
    }

    void press(DialogPane pane, String buttonText) {
        Node b = pane.lookupAll(".button").stream()
                .filter(n -> n instanceof Button btn && btn.getText().equals(buttonText))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + buttonText));
        clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
