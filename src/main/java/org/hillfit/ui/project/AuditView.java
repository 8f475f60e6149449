/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.ui.project;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.hillfit.project.AnalysisSession;
import org.hillfit.result.AuditEntry;
import org.hillfit.ui.session.ChangeText;
import org.hillfit.ui.session.SessionModel;

/**
 * The audit trail, read-only: every change made to the analysis (masks, decisions, notes, settings in words,
 * reference compounds, relinked inputs, undo and redo), who made it and when, and how the IC50s moved. Long
 * entries wrap. It is only ever appended to and is saved with the project.
 */
public final class AuditView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final TableView<AuditEntry> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    public AuditView(SessionModel model) {
        table.setId("audit-table");
        table.setPlaceholder(new Label("No changes yet."));
        TableColumn<AuditEntry, String> when =
                column("When", 150, e -> TIME.format(e.time().atZone(ZoneId.systemDefault())));
        when.setMinWidth(150); // a narrow window squeezes the words, never the time stamp
        table.getColumns().add(when);
        table.getColumns().add(column("Who", 90, AuditEntry::user));
        table.getColumns().add(column("Action", 100, e -> e.action().slug().replace('_', ' ')));
        table.getColumns().add(column("On", 200, AuditEntry::target));
        table.getColumns().add(column("What", 330, AuditEntry::detail));
        table.getColumns().add(column("IC50 changes", 300, ChangeText::changes));
        table.setEditable(false);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.sessionProperty().addListener((o, a, session) -> show(session));
        show(model.sessionProperty().get());
        Label note = new Label("The audit trail is kept with the project and printed on the report's Methods sheet; "
                + "entries are never changed or removed (undo adds an entry).");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        VBox top = new VBox(note);
        top.setPadding(new Insets(8));
        top.getStyleClass().add("page-toolbar");
        root.setTop(top);
        root.setCenter(table);
    }

    /** The page's node. */
    public Node node() {
        return root;
    }

    private void show(AnalysisSession session) {
        List<AuditEntry> trail = session == null ? List.of() : session.audit();
        table.setItems(FXCollections.observableArrayList(trail));
        if (!trail.isEmpty()) {
            table.scrollTo(trail.size() - 1);
        }
    }

    /** A cell that wraps long text (notes, settings changes) and shows all of it in a tooltip. */
    private static final class WrappingCell extends TableCell<AuditEntry, String> {
        WrappingCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            boolean blank = empty || text == null || text.isEmpty();
            setText(blank ? null : text);
            setTooltip(blank ? null : new Tooltip(text));
        }
    }

    private static TableColumn<AuditEntry, String> column(String title, double width, Function<AuditEntry, String> f) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
        column.setCellFactory(c -> new WrappingCell());
        column.setPrefWidth(width);
        return column;
    }
}
