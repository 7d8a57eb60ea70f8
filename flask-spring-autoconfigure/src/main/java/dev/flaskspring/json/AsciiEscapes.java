package dev.flaskspring.json;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * Escapes every character outside printable ASCII as {@code \}{@code uXXXX} with lowercase hex and
 * characters above U+FFFF as surrogate pairs, as Python's {@code json.dumps(ensure_ascii=True)} does.
 */
final class AsciiEscapes extends CharacterEscapes {

    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
        ASCII[0x7f] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch > 0xFFFF) {
            char[] pair = Character.toChars(ch);
            return new SerializedString(unicode(pair[0]) + unicode(pair[1]));
        }
        return new SerializedString(unicode(ch));
    }

    private static String unicode(int c) {
        return String.format("\\u%04x", c);
    }
}
