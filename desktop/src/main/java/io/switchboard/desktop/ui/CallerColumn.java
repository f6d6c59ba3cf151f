package io.switchboard.desktop.ui;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** A table's Caller column: masked numbers ({@link CallerNumber}); a click on a cell reveals or hides its number. */
public final class CallerColumn {
    public static final String TITLE = "Caller (click to reveal)";

    private CallerColumn() {
    }

    public static <R> TableColumn<R, String> of(Function<R, CallerNumber> caller) {
        TableColumn<R, String> column = new TableColumn<>(TITLE);
        column.setCellValueFactory(c -> caller.apply(c.getValue()).text());
        column.setCellFactory(c -> new RevealCell<>(caller));
        return column;
    }

    private static final class RevealCell<R> extends TableCell<R, String> {
        RevealCell(Function<R, CallerNumber> caller) {
            setOnMouseClicked(e -> {
                R row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    CallerNumber number = caller.apply(row);
                    number.revealed().set(!number.revealed().get());
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
