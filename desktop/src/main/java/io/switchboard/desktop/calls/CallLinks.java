package io.switchboard.desktop.calls;

import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.lambdas.calllog.CallRecord;

/**
 * Where a call leads from the Calls page: its Step Functions executions (same ContactId), Replay with
 * its event filled in, and its item in the call log table. The app links them to its pages.
 */
public interface CallLinks {
    /** Links to nowhere: a Calls page on its own (tests, a page without the others). */
    CallLinks NONE = new CallLinks() {
        @Override
        public void showExecutions(String contactId) {
        }

        @Override
        public void replay(String eventJson) {
        }

        @Override
        public void openItem(String contactId) {
        }
    };

    void showExecutions(String contactId);

    void replay(String eventJson);

    void openItem(String contactId);

    /** The Connect event of this call as the vanity flow sent it to the vanity function: its ContactId and caller. */
    static String eventOf(CallRecord call) {
        return EventTemplates.vanityCall(call.contactId(), call.caller());
    }
}
