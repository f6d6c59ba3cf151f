package io.switchboard.desktop.ui;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A caller's number as the tables show it: masked (country code and last two digits) until the
 * supervisor reveals it. Shared by the Calls and Executions pages; {@link CallerColumn} shows it.
 */
public final class CallerNumber {
    /** What a table shows for an execution whose input names no caller. */
    public static final String NONE = "—";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String number;
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final StringBinding text;

    private CallerNumber(String number) {
        this.number = number;
        this.text = Bindings.createStringBinding(() -> shown(number, revealed.get()), revealed);
    }

    /** @param number the caller in E.164, or {@code ""} when there is none */
    public static CallerNumber of(String number) {
        return new CallerNumber(number == null ? "" : number);
    }

    /** A caller not looked up yet: shown empty. */
    public static CallerNumber unknown() {
        return new CallerNumber(null);
    }

    public boolean known() {
        return number != null;
    }

    /** The full number ({@code ""} for none), or {@code null} while unknown. */
    public String number() {
        return number;
    }

    /** The text a table shows: masked, or the full number once revealed. */
    public StringBinding text() {
        return text;
    }

    public BooleanProperty revealed() {
        return revealed;
    }

    private static String shown(String number, boolean revealed) {
        if (number == null) {
            return "";
        }
        if (number.isEmpty()) {
            return NONE;
        }
        return revealed ? number : mask(number);
    }

    /** {@code text} with this caller's number masked wherever it appears, unless it is revealed. */
    public String maskedIn(String text) {
        if (text == null || number == null || number.length() < 6 || revealed.get()) {
            return text;
        }
        return text.replace(number, mask(number));
    }

    /**
     * Keeps the country code and the last two digits: {@code +1••••••••77}. What is not a phone number
     * ("anonymous", "withheld": the address Connect passed when the caller hid theirs) identifies nobody
     * and is shown as it is, never masked into something that looks like a number.
     */
    public static String mask(String caller) {
        if (caller == null || caller.length() < 6 || !isPhoneNumber(caller)) {
            return caller == null ? "" : caller;
        }
        int keepStart = caller.startsWith("+") ? 2 : 0;
        if (caller.startsWith("+")) {
            try {
                keepStart = 1 + Integer.toString(UTIL.parse(caller, "US").getCountryCode()).length();
            } catch (NumberParseException ignored) {
                // not a number we know: keep "+" and one digit
            }
        }
        return caller.substring(0, keepStart) + "•".repeat(caller.length() - keepStart - 2) + caller.substring(caller.length() - 2);
    }

    /** Digits, with an optional leading {@code +} and the separators people type. */
    static boolean isPhoneNumber(String text) {
        return text.matches("\\+?[0-9][0-9 ().-]*") && text.chars().filter(Character::isDigit).count() >= 3;
    }

    @Override
    public String toString() {
        return text.get();
    }
}
