package bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** A window with one label: the least a JavaFX program shows. */
public final class HelloWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Hello");
        stage.setScene(new Scene(new StackPane(new Label("Hello, world")), 640, 480));
        stage.show();
    }
}
