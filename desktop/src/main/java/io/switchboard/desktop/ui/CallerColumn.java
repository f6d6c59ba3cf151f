package io.switchboard.desktop.ui;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
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

    /**
     * The same column for tables that sort: its values are the numbers themselves, so the arrow sorts by
     * the full number (country code first) whatever is masked on screen.
     */
    public static <R> TableColumn<R, CallerNumber> sortable(Function<R, CallerNumber> caller) {
        TableColumn<R, CallerNumber> column = new TableColumn<>(TITLE);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(caller.apply(c.getValue())));
        column.setComparator(Comparator.comparing(CallerNumber::number, Comparator.nullsFirst(Comparator.naturalOrder())));
        column.setCellFactory(c -> new NumberCell<>(caller));
        column.setMinWidth(130);
        return column;
    }

    private static <R> void toggle(TableCell<R, ?> cell, Function<R, CallerNumber> caller) {
        R row = cell.getTableRow() == null ? null : cell.getTableRow().getItem();
        if (row != null) {
            CallerNumber number = caller.apply(row);
            number.revealed().set(!number.revealed().get());
        }
    }

    private static final class NumberCell<R> extends TableCell<R, CallerNumber> {
        NumberCell(Function<R, CallerNumber> caller) {
            setTooltip(new Tooltip(HINT));
            setOnMouseClicked(e -> toggle(this, caller));
        }

        @Override
        protected void updateItem(CallerNumber item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else {
                textProperty().bind(item.text());
            }
        }
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
