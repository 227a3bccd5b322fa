package org.a4p.platform.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnDocumentSymbolTest {

    @ParameterizedTest
    @ValueSource(strings = {"A/77/19", "S/RES/2436 (2018)", "A/RES/72/262 C", "S/PRST/2018/10", "A/C.4/73/L.2",
            "A/73/19/Add.1", "A/72/19/Rev.1", "S/2018/1234", "E/2018/L.1", "ST/SGB/2003/13", "A/HRC/RES/37/1",
            "A/ES-10/L.22", "A/AC.121/2018/L.3", "A/RES/73/1*", "S/RES/1325 (2000)", "A/C.5/72/L.60", "A/77/19/Corr.1"})
    void acceptsUnDocumentSymbols(String symbol) {
        assertThat(UnDocumentSymbol.isValid(symbol)).as(symbol).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "A/", "A77/19", "a/77/19", "A//19", "A/77/19/", "X/77/19", "A/RES/PRST", "S/RES/2436 (18)",
            "S/RES/2436 2018", "S/RES/2436 (2018) C D", " A/77/19", "A/77/19 ", "A/77/19<script>", "https://undocs.org/A/77/19",
            "A/RES/72/262 c", "A\\77\\19", "A/77/19\n", "A/77/1234567", "S/RES/2436 (1900)"})
    void refusesWhatIsNotOne(String symbol) {
        assertThat(UnDocumentSymbol.isValid(symbol)).as(symbol).isFalse();
    }
}
