package io.switchboard.desktop.app;

import io.switchboard.desktop.calls.CallLinks;
import io.switchboard.desktop.calls.CallsViewModel;
import io.switchboard.desktop.executions.ExecutionsViewModel;
import io.switchboard.desktop.replay.ReplayViewModel;
import io.switchboard.desktop.tables.StackTable;
import io.switchboard.desktop.tables.TablesViewModel;
import java.util.List;

/**
 * The links between pages: a call to its executions, to Replay with its event and to its item in the
 * call log table; an execution back to its call. Each shows the page it leads to (building it on first
 * use, as the rail does), then asks that page's model to show the thing.
 */
final class PageLinks implements CallLinks {
    private Shell shell;
    private List<Page> pages;

    /** Once the shell exists: the pages' models hold this object from their first build, before it does. */
    void attach(Shell shell, List<Page> pages) {
        this.shell = shell;
        this.pages = pages;
    }

    @Override
    public void showExecutions(String contactId) {
        this.<ExecutionsViewModel>show("Executions").showExecutionsFor(contactId);
    }

    @Override
    public void replay(String eventJson) {
        this.<ReplayViewModel>show("Replay").openEvent(eventJson);
    }

    @Override
    public void openItem(String contactId) {
        this.<TablesViewModel>show("Tables").openItem(StackTable.CALL_LOG, contactId);
    }

    /** An execution's "Open call": the Calls page showing the call with this ContactId. */
    void openCall(String contactId) {
        this.<CallsViewModel>show("Calls").showCall(contactId);
    }

    @SuppressWarnings("unchecked")
    private <M> M show(String title) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).title().equals(title)) {
                shell.select(i);
                return (M) pages.get(i).model();
            }
        }
        throw new IllegalStateException("no page " + title);
    }
}
