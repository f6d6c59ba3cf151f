package io.switchboard.desktop.ui;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** A table's Caller column: masked numbers ({@link CallerNumber}); a click on a cell reveals or hides its number. */
public final class CallerColumn {
    public static final String TITLE = "Caller";
    static final String HINT = "Click a number to show it in full; click again to mask it.";

    private CallerColumn() {
    }

    public static <R> TableColumn<R, String> of(Function<R, CallerNumber> caller) {
        TableColumn<R, String> column = new TableColumn<>(TITLE);
        column.setCellValueFactory(c -> caller.apply(c.getValue()).text());
        column.setCellFactory(c -> new RevealCell<>(caller));
        column.setMinWidth(130); // "+44•••••••••16" and the header, never cut to "Caller (click t…"
        return column;
    }

    private static final class RevealCell<R> extends TableCell<R, String> {
        RevealCell(Function<R, CallerNumber> caller) {
            setTooltip(new Tooltip(HINT));
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
