package io.switchboard.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the search box makes of what was typed: pure. */
class CallSearchTest {

    @Test
    void aContactId_isLookedUpAsTyped_inLowerCase() {
        assertThat(CallSearch.parse(" 5B1C7A9E-3F42-4D1A-9A0E-2C6F8D4B7E11 "))
                .contains(new CallsQuery.WithContactId("5b1c7a9e-3f42-4d1a-9a0e-2c6f8d4b7e11"));
    }

    @Test
    void aPhoneNumber_isTheCallersHistory_inE164() {
        assertThat(CallSearch.parse("+44 20 7946 0958")).contains(new CallsQuery.FromCaller("+442079460958"));
        assertThat(CallSearch.parse("(800) 356-9377")).contains(new CallsQuery.FromCaller("+18003569377"));
    }

    @Test
    void almostAContactId_orWords_areNeither() {
        assertThat(CallSearch.parse("5b1c7a9e-3f42-4d1a-9a0e-2c6f8d4b7e1")).isEmpty();
        assertThat(CallSearch.parse("5b1c7a9e3f424d1a9a0e2c6f8d4b7e11")).isEmpty();
        assertThat(CallSearch.parse("bob")).isEmpty();
    }

    @Test
    void whatToType_namesBothKindsWithAnExample() {
        assertThat(CallSearch.whatToType(" bob ")).startsWith("'bob' is not a phone number or a ContactId")
                .contains("+1 800 356 9377").contains("5b1c7a9e-3f42-4d1a-9a0e-2c6f8d4b7e11");
    }
}
