package org.a4p.events;

/**
 * The six official languages of the United Nations, as ISO 639-1 codes (the wire value is the constant's name): the
 * language of everything the system itself writes to a person, e.g. the fixed texts of an e-mail subscription's mail.
 */
public enum Language {
    ar, zh, en, fr, ru, es;

    /** Arabic is written right to left. */
    public boolean rightToLeft() {
        return this == ar;
    }
}
