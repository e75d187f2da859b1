package io.customerlens.security;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How personal data looks to a caller without the right to see it: enough to tell records apart on a screen,
 * not enough to identify the person.
 */
enum PersonalData {
    /** "Ada Lovelace" → "A. L." */
    NAME {
        @Override
        String mask(String name) {
            return Arrays.stream(name.strip().split("\\s+")).filter(word -> !word.isEmpty())
                    .map(word -> word.substring(0, 1) + ".").collect(Collectors.joining(" "));
        }
    },
    /** "ada@example.com" → "a***@***.com" */
    EMAIL {
        @Override
        String mask(String email) {
            int at = email.indexOf('@');
            int dot = email.lastIndexOf('.');
            String first = email.isEmpty() || at == 0 ? "" : email.substring(0, 1);
            String topLevel = dot > at && at >= 0 ? email.substring(dot) : "";
            return first + "***@***" + topLevel;
        }
    },
    /** "+44 20 7946 0958" → "***58" */
    PHONE {
        @Override
        String mask(String phone) {
            String digits = phone.replaceAll("\\D", "");
            return "***" + (digits.length() > 4 ? digits.substring(digits.length() - 2) : "");
        }
    },
    /** Free text, which may hold anything: hidden whole. */
    TEXT {
        @Override
        String mask(String text) {
            return "[hidden]";
        }
    };

    abstract String mask(String value);
}
